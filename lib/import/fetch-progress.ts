/** Progress of `fetchArticle`, for the UI to show while a page loads. */
export type FetchProgress =
  | { stage: "connecting"; url: string }
  | { stage: "redirected"; url: string }
  | { stage: "downloading"; receivedBytes: number; totalBytes: number | null }
  | { stage: "reading" };
