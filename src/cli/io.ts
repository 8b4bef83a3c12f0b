/** The process around the CLI, passed in so that tests can run it in-process. */
export interface Io {
  /** The package directory: where rules/ and package.json are. */
  root: string;
  version: string;
  env: NodeJS.ProcessEnv;
  stdout: { write(s: string): unknown };
  stderr: { write(s: string): unknown };
  stdoutIsTTY: boolean;
}
