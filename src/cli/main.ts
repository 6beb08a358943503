// `recoupe` command line: dispatches to one module per command, each owning its own flags.
import { runCheck } from './commands/check.ts';
import { runExport } from './commands/export.ts';
import { runKeygen } from './commands/keygen.ts';
import { runServePack } from './commands/serve-pack.ts';
import { runSign } from './commands/sign.ts';
import { runScan } from './commands/scan.ts';
import { runStats } from './commands/stats.ts';

const USAGE = `usage:
  recoupe scan <file.html|file.txt>... [--json] [--pack FILE]...
  recoupe scan --replay reports.json [--json] [--pack FILE]...   (feedback exported from the options page)
  recoupe check [FILE|DIR]... [--fix] [--bundled]   (default: claims-db/)
  recoupe export --claimreview [--derived] [--pack FILE]... [--out FILE]
  recoupe stats [FILE|DIR]...   (default: claims-db/)
  recoupe keygen [--out FILE]
  recoupe sign <pack-file> --key FILE [--out FILE]
  recoupe serve-pack <dir> [--port N]`;

const commands: Record<string, (args: string[]) => Promise<number>> = {
  scan: runScan,
  check: runCheck,
  export: runExport,
  stats: runStats,
  keygen: runKeygen,
  sign: runSign,
  'serve-pack': runServePack,
};

const [name, ...args] = process.argv.slice(2);
const command = name === undefined ? undefined : commands[name];
if (!command) {
  console.error(USAGE);
  process.exit(2);
}
command(args).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`recoupe ${name}: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
