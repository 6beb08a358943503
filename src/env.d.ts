// Build-time constants and virtual modules provided by scripts/build.ts.
declare const __BROWSER__: 'chrome' | 'firefox';

declare module 'recoupe:bundled-pack' {
  import type { CompiledPack } from './core/pack/compile.ts';
  const pack: CompiledPack;
  export default pack;
}

declare module '*.css';
