// fontkit ships no type declarations; motcua only parses font files with it, once per process, and
// hands the parsed fonts to pdfkit (which takes any object with a `layout` method).
declare module 'fontkit' {
  export interface Font {
    postscriptName: string;
    layout(text: string, features?: unknown): unknown;
    characterSet: number[];
    glyphForCodePoint(codePoint: number): unknown;
  }
  export function create(buffer: Uint8Array, postscriptName?: string): Font;
}
