// Catalog search throughput and latency, against GET /api/health (one trivial query) as the
// baseline measured in the same run. Run: npm run bench -- catalog-search
import { load, printTable, startBenchServer } from './support.ts';

const QUERIES = [
  'dang ky khai sinh',
  'Đăng ký khai sinh',
  'khai sinh',
  'chứng thực bản sao',
  'dat dai',
  'giay phep xay dung',
  'ho kinh doanh',
  'tro cap xa hoi',
  'ket hon',
  'karaoke',
];

export async function catalogSearchBench(): Promise<void> {
  const server = await startBenchServer();
  try {
    const paths = QUERIES.map((q) => `/api/procedures?q=${encodeURIComponent(q)}&pageSize=20`);
    const filtered = QUERIES.map(
      (q) => `/api/procedures?q=${encodeURIComponent(q)}&level=commune&online=any`,
    );
    await load('warm-up', server.url, [...paths, ...filtered], { duration: 2 });
    const baseline = await load('baseline: GET /api/health', server.url, ['/api/health']);
    const search = await load('search: q only', server.url, paths);
    const searchFiltered = await load('search: q + level + online', server.url, filtered);
    const browse = await load('browse: no q, page 3', server.url, ['/api/procedures?page=3&pageSize=20']);
    printTable([baseline, search, searchFiltered, browse]);
    for (const r of [search, searchFiltered, browse]) {
      console.log(
        `${r.label}: ${(r.requestsPerSecond / baseline.requestsPerSecond).toFixed(2)} × the baseline's rate, p99 ${r.p99} ms`,
      );
    }
  } finally {
    await server.stop();
  }
}
