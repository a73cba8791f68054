#!/usr/bin/env python3
"""Builds QuotaScope's demo data set: a new-api log export (JSON Lines, one Log object per line).

Arrival bursts and token sizes come from real public LLM request traces; users, keys, channels, groups and
prices are synthesised, because no public trace carries them. The output is deterministic for a given seed
and set of inputs.

    scripts/make-demo-data.py --azure-conv AzureLLMInferenceTrace_conv.csv \
        --azure-code AzureLLMInferenceTrace_code.csv --mooncake conversation_trace.jsonl \
        --burstgpt BurstGPT_1.head400.csv --burstgpt BurstGPT_3.head400.csv \
        -o resources/demo/demo-newapi.jsonl

Billing follows new-api's ratio billing: quota = (uncached prompt + cached prompt * cache_ratio
+ completion * completion_ratio) * model_ratio * group_ratio, with 500000 quota per USD.
"""

import argparse
import csv
import datetime as dt
import json
import math
import random
import sys

# name, share of requests, model_ratio, completion_ratio, cache_ratio (None: no prompt caching), token trace
MODELS = [
    ("gpt-4o-mini", 0.27, 0.075, 4.0, 0.5, "azure-conv"),
    ("gpt-4o", 0.13, 1.25, 4.0, 0.5, "azure-conv"),
    ("claude-sonnet-4", 0.12, 1.5, 5.0, 0.1, "azure-code"),
    ("deepseek-chat", 0.16, 0.135, 4.0, 0.1, "mooncake"),
    ("qwen-max", 0.08, 0.8, 4.0, None, "azure-conv"),
    ("gemini-2.5-flash", 0.12, 0.15, 8.34, 0.25, "burstgpt"),
    ("o4-mini", 0.05, 0.55, 4.0, 0.25, "azure-code"),
    ("text-embedding-3-small", 0.07, 0.01, 1.0, None, "burstgpt-prompt"),
]
GROUPS = [("default", 1.0), ("vip", 0.8)]
CHANNELS = [(1, "openai-primary"), (2, "azure-eastus"), (3, "anthropic-direct"), (4, "cn-relay")]
CHANNEL_FOR = {
    "gpt-4o-mini": [1, 2],
    "gpt-4o": [1, 2],
    "o4-mini": [1],
    "text-embedding-3-small": [1, 2],
    "claude-sonnet-4": [3],
    "deepseek-chat": [4],
    "qwen-max": [4],
    "gemini-2.5-flash": [4, 1],
}
USERS = ["alice", "bob", "carol", "dave", "erin", "frank", "grace", "heidi", "ivan", "judy", "mallory", "oscar"]
TOKENS_PER_USER = [3, 2, 2, 2, 2, 2, 2, 1, 1, 1, 1, 1]  # 20 keys
KEY_NAMES = ["default", "prod", "ci", "notebook", "batch"]
DAYS = 30
START = dt.datetime(2025, 6, 2, tzinfo=dt.timezone.utc)  # a Monday, so weekdays line up after whole-day shifts
# Requests per hour at the busiest hour of a weekday; the diurnal curve peaks mid-afternoon in UTC+8.
PEAK_PER_HOUR = 92
UTC_OFFSET_HOURS = 8


def read_azure(path):
    rows = []
    with open(path, newline="") as f:
        for r in csv.DictReader(f):
            t = dt.datetime.strptime(r["TIMESTAMP"][:26], "%Y-%m-%d %H:%M:%S.%f")
            rows.append((t.timestamp(), int(r["ContextTokens"]), int(r["GeneratedTokens"])))
    return rows


def read_mooncake(path):
    rows = []
    seen = set()
    with open(path) as f:
        for line in f:
            r = json.loads(line)
            # Leading 512-token blocks seen before are a prefix-cache hit.
            cached = 0
            for h in r["hash_ids"]:
                if h not in seen:
                    break
                cached += 1
            seen.update(r["hash_ids"])
            rows.append((r["timestamp"] / 1000.0, r["input_length"], r["output_length"], min(cached * 512, r["input_length"])))
    return rows


def read_burstgpt(paths):
    rows = []
    for p in paths:
        with open(p, newline="") as f:
            for r in csv.DictReader(f):
                rows.append((float(r["Timestamp"]), int(r["Request tokens"]), int(r["Response tokens"]),
                             int(r.get("Elapsed time") or 0)))
    return rows


def diurnal(local_hour):
    # Quiet nights, a morning ramp, a lunch dip and a mid-afternoon peak.
    base = 0.12 + 0.88 * math.exp(-((local_hour - 15.0) / 4.2) ** 2)
    if 11.5 <= local_hour < 13.5:
        base *= 0.8
    return base


def weekly(weekday):
    return [1.0, 1.05, 1.08, 1.02, 0.95, 0.42, 0.33][weekday]


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--azure-conv", required=True)
    ap.add_argument("--azure-code", required=True)
    ap.add_argument("--mooncake", required=True)
    ap.add_argument("--burstgpt", action="append", required=True)
    ap.add_argument("--seed", type=int, default=20250602)
    ap.add_argument("-o", "--output", required=True)
    args = ap.parse_args()

    rng = random.Random(args.seed)
    conv = read_azure(args.azure_conv)
    code = read_azure(args.azure_code)
    moon = read_mooncake(args.mooncake)
    burst = read_burstgpt(args.burstgpt)
    # Arrival offsets within an hour come from the Azure conversation trace (about one hour long).
    t0 = conv[0][0]
    arrivals = [t - t0 for t, _, _ in conv]
    span = arrivals[-1] or 1.0

    pools = {"azure-conv": conv, "azure-code": code, "mooncake": moon, "burstgpt": burst, "burstgpt-prompt": burst}
    cursors = {k: rng.randrange(len(v)) for k, v in pools.items()}

    keys = []  # (token_id, token_name, user_id, user_name, group, stream_bias)
    tid = 1
    for ui, (user, n) in enumerate(zip(USERS, TOKENS_PER_USER)):
        for k in range(n):
            group = "vip" if user in ("alice", "carol", "grace") else "default"
            keys.append((tid, f"{user}-{KEY_NAMES[k]}", ui + 1, user, group, 0.8 if k == 0 else 0.3))
            tid += 1
    # Zipf-ish key activity: a few keys make most of the traffic.
    key_weights = [1.0 / (i + 1) ** 0.9 for i in range(len(keys))]
    rng.shuffle(key_weights)
    model_names = [m[0] for m in MODELS]
    model_weights = [m[1] for m in MODELS]
    model_info = {m[0]: m for m in MODELS}
    group_ratio = dict(GROUPS)

    out = []
    log_id = 100000
    arrival_cursor = 0
    for day in range(DAYS):
        for hour in range(24):
            hour_start = START + dt.timedelta(days=day, hours=hour)
            local = hour_start + dt.timedelta(hours=UTC_OFFSET_HOURS)
            # Traffic grows a little over the month, as a new gateway's would.
            growth = 0.85 + 0.3 * day / DAYS
            expected = PEAK_PER_HOUR * diurnal(local.hour + 0.5) * weekly(local.weekday()) * growth
            n = max(0, int(round(expected * rng.uniform(0.8, 1.2))))
            if n == 0:
                continue
            # n consecutive arrivals from the trace, stretched over the hour: keeps the trace's bursts.
            if arrival_cursor + n >= len(arrivals):
                arrival_cursor = 0
            window = arrivals[arrival_cursor:arrival_cursor + n]
            arrival_cursor += n
            w0 = window[0]
            wspan = max(window[-1] - w0, span * n / len(arrivals))
            for a in window:
                offset = min(3599.0, (a - w0) / wspan * 3599.0)
                created = int(hour_start.timestamp() + offset)
                model = rng.choices(model_names, model_weights)[0]
                key = rng.choices(keys, key_weights)[0]
                out.append(make_row(rng, created, model, key, pools, cursors, model_info, group_ratio))
    out.sort(key=lambda r: r["created_at"])

    # Refunds of failed async jobs and relay errors, as the gateway logs them.
    consumes = [r for r in out if r["type"] == 2 and r["model_name"] != "text-embedding-3-small"]
    extra = []
    for r in rng.sample(consumes, 24):
        refund = dict(r)
        refund["type"] = 6
        refund["created_at"] = r["created_at"] + rng.randint(30, 900)
        refund["content"] = "task failed, quota refunded"
        refund["prompt_tokens"] = 0
        refund["completion_tokens"] = 0
        refund["use_time"] = 0
        refund["other"] = json.dumps({"is_task": True, "reason": "upstream task failed",
                                      "pre_consumed_quota": r["quota"]}, separators=(",", ":"))
        extra.append(refund)
    for r in rng.sample(out, int(len(out) * 0.012)):
        r["type"] = 5
        status = rng.choice([429, 429, 500, 502, 503, 400])
        r["content"] = {429: "rate limit exceeded", 500: "upstream error", 502: "bad gateway",
                        503: "no available channel", 400: "invalid request"}[status]
        r["quota"] = 0
        r["completion_tokens"] = 0
        r["other"] = json.dumps({"error_type": "upstream_error", "status_code": status,
                                 "channel_id": r["channel"], "channel_name": r["channel_name"]},
                                separators=(",", ":"))
    out.extend(extra)
    out.sort(key=lambda r: (r["created_at"], r["token_id"]))
    for r in out:
        log_id += 1
        r["id"] = log_id
        ts = dt.datetime.fromtimestamp(r["created_at"], dt.timezone.utc)
        r["request_id"] = ts.strftime("%Y%m%d%H%M%S") + f"{rng.randrange(10**9):09d}demo{rng.randrange(16**8):08x}"

    with open(args.output, "w", newline="\n") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False, separators=(",", ":")) + "\n")
    print(f"{len(out)} rows written to {args.output}", file=sys.stderr)


def make_row(rng, created, model, key, pools, cursors, model_info, group_ratio):
    _, _, mratio, cratio, cache_ratio, source = model_info[model]
    pool = pools[source]
    row = pool[cursors[source] % len(pool)]
    cursors[source] += 1
    prompt, completion = row[1], row[2]
    cached = 0
    if source == "mooncake":
        cached = row[3]
    elif cache_ratio is not None and rng.random() < 0.35:
        cached = int(prompt * rng.uniform(0.3, 0.9)) // 128 * 128
    if source == "burstgpt-prompt":
        completion = 0
    if cache_ratio is None:
        cached = 0
    token_id, token_name, user_id, user_name, group, stream_bias = key
    channel = rng.choice(CHANNEL_FOR[model])
    channel_name = dict(CHANNELS)[channel]
    gratio = group_ratio[group]
    billed = (prompt - cached) + cached * (cache_ratio or 0) + completion * cratio
    quota = int(round(billed * mratio * gratio))
    stream = completion > 0 and rng.random() < stream_bias
    use_time = max(1, int(round(0.4 + completion / rng.uniform(40, 90) + prompt / 20000)))
    other = {"model_ratio": mratio, "completion_ratio": cratio, "group_ratio": gratio,
             "frt": round(rng.uniform(250, 1800), 1) if stream else -1000}
    if cached:
        other["cache_tokens"] = cached
        other["cache_ratio"] = cache_ratio
    return {
        "id": 0, "user_id": user_id, "created_at": created, "type": 2, "content": "", "username": user_name,
        "token_name": token_name, "model_name": model, "quota": quota, "prompt_tokens": prompt,
        "completion_tokens": completion, "use_time": use_time, "is_stream": stream, "channel": channel,
        "channel_name": channel_name, "token_id": token_id, "group": group, "request_id": "",
        "other": json.dumps(other, separators=(",", ":")),
    }


if __name__ == "__main__":
    main()
