// The I/O layer shared by the server and the CLI: reading and decoding article files, finding them in
// a folder, and the two workspace files finnews reads (company table) and writes (reviewed conflicts).
// Everything here may touch the disk; the analysis library below never does.

export { decodeArticleBytes, sizeLimitReason, defaultSizeLimitHint, type ReadResult, type DecodeOptions } from './decodeArticle';
export { readArticleFile, readArticleFileSync, describeFileError } from './readArticle';
export {
  createArticleMatcher,
  findArticleFiles,
  checkGlob,
  globLimits,
  type ArticleMatcher,
  type PathMatcher,
  type FindArticleFilesOptions,
} from './articleFiles';
export {
  readReviewedFile,
  writeReviewedFile,
  replaceFileAtomically,
  parseReviewedText,
  formatReviewedFile,
  reviewedFileVersion,
  type ReviewedFileResult,
} from './reviewedFile';
export { readCompanyTableFile, type CompanyTableFileResult } from './companyTableFile';
export { createPositionMapper, type TextPosition } from './textPositions';
