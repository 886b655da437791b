import { describeResult, evaluateFiles, resultJson } from '@hearth/linkage/evaluate';

/**
 * `hearth registry evaluate --format febrl|splink <file> [<second file>]`: deduplicates one file or links two, and
 * prints human lines, then one JSON object on the last line. The work is in @hearth/linkage/evaluate.
 */
export function registryEvaluate(format: string, files: string[], opts: { threshold?: string; maxBlockSize?: string }): number {
  if (format !== 'febrl' && format !== 'splink') {
    console.error(`--format must be febrl or splink (got ${format})`);
    return 2;
  }
  if (files.length < 1 || files.length > 2) {
    console.error('give one file to deduplicate or two files to link');
    return 2;
  }
  const threshold = opts.threshold === undefined ? undefined : Number(opts.threshold);
  if (threshold !== undefined && !(threshold > 0 && threshold < 1)) {
    console.error('--threshold must be a probability between 0 and 1');
    return 2;
  }
  const maxBlockSize = opts.maxBlockSize === undefined ? undefined : Number(opts.maxBlockSize);
  if (maxBlockSize !== undefined && !(Number.isInteger(maxBlockSize) && maxBlockSize >= 2)) {
    console.error('--max-block-size must be an integer ≥ 2');
    return 2;
  }
  const { result, loadMs } = evaluateFiles({ format, files: files as [string] | [string, string], threshold, maxBlockSize });
  for (const line of describeResult(result, loadMs)) console.log(line);
  console.log(JSON.stringify(resultJson(result, loadMs)));
  return 0;
}
