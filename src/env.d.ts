// Build-time constants and virtual modules provided by scripts/build.ts.
declare const __BROWSER__: 'chrome' | 'firefox';
/** True only in benchmark builds (RECOUPE_PROFILE=1): the content script measures itself. */
declare const __RECOUPE_PROFILE__: boolean;

declare module 'recoupe:bundled-pack' {
  import type { CompiledPack } from './core/pack/compile.ts';
  const pack: CompiledPack;
  export default pack;
}

declare module '*.css';
