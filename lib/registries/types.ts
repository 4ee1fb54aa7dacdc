// What the browser sees of saved registry credentials: never a password.

export interface SavedRegistry {
  /** Normalised host[:port]; Docker Hub is `docker.io`. */
  server: string;
  username: string;
}
