import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { BodyTooLargeError, ByteLimit } from './byte-limit';

async function collect(chunks: string[], limit: number): Promise<string> {
  let out = '';
  await pipeline(Readable.from(chunks.map((c) => Buffer.from(c))), new ByteLimit(limit), async (source: AsyncIterable<Buffer>) => {
    for await (const chunk of source) out += chunk.toString();
  });
  return out;
}

describe('ByteLimit', () => {
  it('passes a body up to the limit unchanged', async () => {
    await expect(collect(['abc', 'def'], 6)).resolves.toBe('abcdef');
  });

  it('fails one byte past the limit, whatever the chunking', async () => {
    await expect(collect(['abc', 'defg'], 6)).rejects.toBeInstanceOf(BodyTooLargeError);
    await expect(collect(['abcdefg'], 6)).rejects.toMatchObject({ limit: 6 });
  });
});
