// Buffered output: each print() lands whole in the buffer; the buffer goes out at thread
// switches, blocking calls, when it grows large, and at exit (docs/runtime.md, "Output").
export class OutputStream {
  private chunks: string[] = [];
  private size = 0;
  constructor(private readonly sink: (text: string) => void) {}

  write(text: string): void {
    if (text.length === 0) return;
    this.chunks.push(text);
    this.size += text.length;
    if (this.size > 1 << 16) this.flush();
  }

  flush(): void {
    if (this.chunks.length === 0) return;
    const text = this.chunks.length === 1 ? this.chunks[0] : this.chunks.join("");
    this.chunks = [];
    this.size = 0;
    this.sink(text);
  }
}
