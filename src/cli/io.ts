/** The process around the CLI, passed in so that tests can run it in-process. */
export interface Io {
  /** The package directory: where rules/ and package.json are. */
  root: string;
  version: string;
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** Returns false when the consumer is behind; then wait for 'drain' (a batch never piles up in memory). */
  stdout: { write(s: string): boolean; once(event: 'drain', listener: () => void): unknown };
  stderr: { write(s: string): unknown };
  stdoutIsTTY: boolean;
  stderrIsTTY: boolean;
  readStdin(): Buffer;
}
