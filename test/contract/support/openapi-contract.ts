import { createContracts } from './contract-checker';
import type { ContractOptions, Contracts } from './contract-types';
import { applyCorrections, SPEC_CORRECTIONS } from './spec-corrections';
import { DEFAULT_SPECS_DIR, missingSpecsReason, readSpecDocuments } from './spec-files';

export { SPEC_CORRECTIONS, type SpecCorrection } from './spec-corrections';
export type {
  ContractOptions,
  ContractResult,
  Contracts,
  RequestToCheck,
  ResponseToCheck,
  UndocumentedErrorBodies,
} from './contract-types';

/** Loads Atlassian's OpenAPI documents (default `../shared/specs`); null when they are not there. */
export function loadContracts(options: ContractOptions = {}): Contracts | null {
  const dir = options.specsDir ?? DEFAULT_SPECS_DIR;
  if (missingSpecsReason(dir) !== null) return null;
  const corrections = options.corrections ?? SPEC_CORRECTIONS;
  const documents = readSpecDocuments(dir).map((document) => applyCorrections(document, corrections));
  return createContracts(documents, options.undocumentedErrorBodies ?? 'must-be-empty');
}

/** Declares a `describe` block that gets the loaded contracts, or skips it and says why when the documents are absent. */
export function describeWithSpecs(
  name: string,
  fn: (contracts: Contracts) => void,
  options: ContractOptions = {},
): void {
  const dir = options.specsDir ?? DEFAULT_SPECS_DIR;
  const reason = missingSpecsReason(dir);
  const contracts = reason === null ? loadContracts(options) : null;
  if (contracts !== null) {
    describe(name, () => fn(contracts));
    return;
  }
  const why = `${reason ?? 'no documents'}; contract tests skipped`;
  console.warn(`${name}: ${why}`);
  describe.skip(name, () => {
    it.skip(why, () => undefined);
  });
}
