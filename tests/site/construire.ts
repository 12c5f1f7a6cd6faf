// Runs the project's offline build (npm run build) in a given checkout and returns its output.
import { execFileSync } from 'node:child_process';

export function construireSite(racine: string): string {
  return execFileSync('npm', ['run', 'build'], { cwd: racine, encoding: 'utf-8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
}
