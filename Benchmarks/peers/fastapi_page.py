"""What a university's IT team would write in an afternoon instead of Sanya, for the same 100-row page on
PostgreSQL: FastAPI on uvicorn, asyncpg with a pool of 8, orjson; the API key checked against its stored SHA-256
hash and one audit row written per request, as Sanya does. The peer of Benchmarks/pages.sh.

    PAGE_DSN=postgres://… PAGE_SQL='select … where enrollment_id <= $1 order by … limit $2 offset $3' \
    PAGE_KEY=bench_abc_secret uvicorn fastapi_page:app --workers 2 --port N
"""
import hashlib
import os

import asyncpg
import orjson
from fastapi import FastAPI, Request, Response

DSN, SQL, KEY = os.environ["PAGE_DSN"], os.environ["PAGE_SQL"], os.environ["PAGE_KEY"]
app = FastAPI()
pool = None


def digest(text):
    return hashlib.sha256(text.encode()).hexdigest()


@app.on_event("startup")
async def start():
    global pool
    pool = await asyncpg.create_pool(DSN, min_size=8, max_size=8)
    async with pool.acquire() as connection:
        await connection.execute("CREATE TABLE IF NOT EXISTS peer_key (id TEXT PRIMARY KEY, hash TEXT NOT NULL)")
        await connection.execute("CREATE TABLE IF NOT EXISTS peer_audit (id BIGSERIAL PRIMARY KEY, time TIMESTAMPTZ NOT NULL DEFAULT now(), "
                                 "key_id TEXT, path TEXT, rows INTEGER, status INTEGER)")
        await connection.execute("INSERT INTO peer_key VALUES ($1, $2) ON CONFLICT (id) DO UPDATE SET hash = excluded.hash",
                                 KEY.split("_")[1], digest(KEY))


@app.get("/page")
async def page(request: Request, max_id: int, limit: int = 100, offset: int = 0):
    token = request.headers.get("authorization", "").removeprefix("Bearer ")
    parts = token.split("_")
    async with pool.acquire() as connection:
        stored = await connection.fetchval("SELECT hash FROM peer_key WHERE id = $1", parts[1] if len(parts) == 3 else "")
        if stored is None or stored != digest(token):
            return Response(orjson.dumps({"error": {"code": "UNAUTHORIZED"}}), status_code=401, media_type="application/json")
        rows = await connection.fetch(SQL, max_id, limit, offset)
        await connection.execute("INSERT INTO peer_audit (key_id, path, rows, status) VALUES ($1, $2, $3, 200)", parts[1], request.url.path, len(rows))
    return Response(orjson.dumps({"data": [dict(row) for row in rows]}, default=float), media_type="application/json")
