// The public face of each package, read with the TypeScript compiler API: every symbol that
// packages/<name>/src/index.ts exports (following `export *` and re-exports), with its TSDoc
// summary and whether it has an `@example` block. Used by api-tsdoc.test.ts.
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

export const PACKAGES = ['core', 'framework', 'charts', 'report'] as const;
export type PackageName = (typeof PACKAGES)[number];

export interface ExportedSymbol {
  package: PackageName;
  name: string;
  /** kind as a reader would say it: function, class, interface, type, const, enum, namespace */
  kind: string;
  /** where it is declared, relative to the repository, with its line */
  declaredAt: string;
  summary: string;
  hasExample: boolean;
}

const repo = fileURLToPath(new URL('../../', import.meta.url));
export const indexFile = (pkg: PackageName) => `${repo}packages/${pkg}/src/index.ts`;

function kindOf(symbol: ts.Symbol): string {
  const f = symbol.flags;
  if (f & ts.SymbolFlags.Function) return 'function';
  if (f & ts.SymbolFlags.Class) return 'class';
  if (f & ts.SymbolFlags.Enum) return 'enum';
  if (f & ts.SymbolFlags.Variable) return 'const';
  if (f & ts.SymbolFlags.Interface) return 'interface';
  if (f & ts.SymbolFlags.TypeAlias) return 'type';
  if (f & (ts.SymbolFlags.ValueModule | ts.SymbolFlags.NamespaceModule)) return 'namespace';
  return 'symbol';
}

/** The TSDoc blocks written on a declaration (a variable's sit on its statement). */
function docNodes(decl: ts.Declaration): readonly ts.JSDoc[] {
  const host = ts.isVariableDeclaration(decl) ? decl.parent.parent : decl;
  return ((host as { jsDoc?: ts.JSDoc[] }).jsDoc ?? []) as readonly ts.JSDoc[];
}

/**
 * Every exported symbol of the four packages, read from their sources in one program (about 5 s).
 */
export function exportedSymbols(): ExportedSymbol[] {
  const options: ts.CompilerOptions = {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    strict: true,
    skipLibCheck: true,
    resolveJsonModule: true,
    esModuleInterop: true,
    noEmit: true,
    types: ['node'],
  };
  const program = ts.createProgram(PACKAGES.map(indexFile), options);
  const checker = program.getTypeChecker();
  const out: ExportedSymbol[] = [];
  for (const pkg of PACKAGES) {
    const source = program.getSourceFile(indexFile(pkg));
    if (!source) throw new Error(`packages/${pkg}/src/index.ts was not found`);
    const moduleSymbol = checker.getSymbolAtLocation(source);
    if (!moduleSymbol) continue; // an index with no exports
    for (const exported of checker.getExportsOfModule(moduleSymbol)) {
      const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
      const decls = symbol.declarations ?? [];
      const summary = ts.displayPartsToString(symbol.getDocumentationComment(checker)).trim();
      const hasExample =
        symbol.getJsDocTags(checker).some((t) => t.name === 'example') ||
        decls.some((d) => docNodes(d).some((doc) => (doc.tags ?? []).some((t) => t.tagName.text === 'example')));
      const first = decls[0];
      let declaredAt = '(unknown)';
      if (first) {
        const file = first.getSourceFile();
        const { line } = file.getLineAndCharacterOfPosition(first.getStart());
        declaredAt = `${file.fileName.replace(repo, '')}:${line + 1}`;
      }
      out.push({ package: pkg, name: exported.name, kind: kindOf(symbol), declaredAt, summary, hasExample });
    }
  }
  return out;
}
