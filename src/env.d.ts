// Build-time constants and virtual modules provided by scripts/build.ts.
declare const __BROWSER__: 'chrome' | 'firefox';
/** True only in benchmark builds (RECOUPE_PROFILE=1): the content script measures itself. */
declare const __RECOUPE_PROFILE__: boolean;

/** Hash of src/core's sources at build time: indexes stored by another build are rebuilt. */
declare const __RECOUPE_MATCHER_VERSION__: string;

/** The bundled packs' match indexes, serialised at build time (src/core/match/index-codec.ts). */
declare module 'recoupe:bundled-index' {
  const index: { readonly key: string; readonly base64: string };
  export default index;
}

declare module 'recoupe:bundled-pack' {
  import type { CompiledPack } from './core/pack/compile.ts';
  const pack: CompiledPack;
  export default pack;
}

declare module '*.css';
