/** A bad environment variable. Its own file so the command line can recognise it without loading the validators. */
export class ConfigError extends Error {}
