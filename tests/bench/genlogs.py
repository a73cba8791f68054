#!/usr/bin/env python3
"""Generate N new-api log rows (JSONL and CSV) for the import and report benchmarks.

Token sizes are drawn from the real public traces bundled in tests/fixtures (BurstGPT, Azure 2023, Mooncake);
the model mix, users, tokens and channels are synthesised from a fixed seed, so every run writes the same
files. Timestamps cover the DAYS days before END (default 90 days ending 2026-06-01T00:00:00Z). `other` carries
what the gateway writes for text billing (frt, cache_ratio, the ratios, admin_info, request_path).
"""
import argparse
import csv
import glob
import json
import os
import random

MODELS = [  # (name, weight, model_ratio, completion_ratio)
    ("gpt-4o-mini", 30, 0.075, 4), ("gpt-4o", 12, 1.25, 4), ("claude-sonnet-4", 14, 1.5, 5),
    ("deepseek-chat", 18, 0.135, 4), ("qwen-max", 8, 0.8, 3), ("gemini-2.5-flash", 10, 0.15, 8.33),
    ("o3-mini", 5, 0.55, 4), ("text-embedding-3-small", 3, 0.01, 1),
]
CACHE_RATIO = {"gpt-4o-mini": 0.5, "gpt-4o": 0.5, "claude-sonnet-4": 0.1, "deepseek-chat": 0.1, "qwen-max": 0.4,
               "gemini-2.5-flash": 0.25, "o3-mini": 0.5, "text-embedding-3-small": 1}
FIELDS = ["id", "user_id", "created_at", "type", "content", "username", "token_name", "model_name", "quota",
          "prompt_tokens", "completion_tokens", "use_time", "is_stream", "channel", "channel_name", "token_id",
          "group", "ip", "request_id", "other"]


def trace_sizes(fixtures):
    sizes = []
    for path in glob.glob(os.path.join(fixtures, "**", "BurstGPT*.csv"), recursive=True):
        with open(path, newline="") as f:
            for row in csv.DictReader(f):
                sizes.append((int(float(row["Request tokens"])), int(float(row["Response tokens"]))))
    for path in glob.glob(os.path.join(fixtures, "**", "AzureLLMInferenceTrace*.csv"), recursive=True):
        with open(path, newline="") as f:
            for row in csv.DictReader(f):
                sizes.append((int(row["ContextTokens"]), int(row["GeneratedTokens"])))
    for path in glob.glob(os.path.join(fixtures, "**", "*mooncake*.jsonl"), recursive=True):
        with open(path) as f:
            for line in f:
                if line.strip():
                    o = json.loads(line)
                    sizes.append((int(o["input_length"]), int(o["output_length"])))
    if not sizes:
        raise SystemExit("no trace fixtures found under " + fixtures)
    return sizes


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--rows", type=int, default=1_000_000)
    ap.add_argument("--days", type=int, default=90)
    ap.add_argument("--end", type=int, default=1780272000)  # 2026-06-01T00:00:00Z
    ap.add_argument("--fixtures", default=os.path.join(os.path.dirname(__file__), "..", "fixtures"))
    ap.add_argument("--out", required=True, help="output prefix: writes PREFIX.jsonl and PREFIX.csv")
    args = ap.parse_args()

    rng = random.Random(20260601)
    sizes = trace_sizes(args.fixtures)
    names = [m[0] for m in MODELS]
    weights = [m[1] for m in MODELS]
    ratios = {m[0]: (m[2], m[3]) for m in MODELS}
    start = args.end - args.days * 86400
    step = (args.end - start) / args.rows
    with open(args.out + ".jsonl", "w") as fj, open(args.out + ".csv", "w", newline="") as fc:
        w = csv.writer(fc)
        w.writerow(FIELDS)
        for i in range(args.rows):
            created = int(start + i * step)
            model = rng.choices(names, weights)[0]
            prompt, completion = sizes[rng.randrange(len(sizes))]
            mr, cr = ratios[model]
            user = rng.randrange(40)
            token = user * 3 + rng.randrange(3)
            channel = 1 + names.index(model) % 6
            group = "vip" if user % 5 == 0 else "default"
            kind = 2 if rng.random() > 0.01 else 5
            quota = 0 if kind == 5 else int((prompt + completion * cr) * mr * (0.8 if group == "vip" else 1))
            # `other` as the gateway writes it for text billing (frt and cache_ratio are always there); frt and
            # cache_ratio are derived, not drawn, so every other column stays what earlier versions generated.
            other = json.dumps({"admin_info": {"use_channel": [str(channel)]}, "cache_ratio": CACHE_RATIO[model],
                                "model_ratio": mr, "group_ratio": 1, "completion_ratio": cr,
                                "cache_tokens": prompt // 4 if rng.random() < 0.3 else 0,
                                "frt": round(150 + prompt * 0.02 + (i % 97) * 3.5, 1), "model_price": -1,
                                "user_group_ratio": -1, "request_path": "/v1/chat/completions"})
            row = [i + 1, user + 1, created, kind, "", "user%02d" % user, "key-%03d" % token, model, quota, prompt,
                   completion, 1 + completion // 60, True, channel, "channel-%d" % channel, token + 1, group, "",
                   "%d%08d" % (created, i), other]
            fj.write(json.dumps(dict(zip(FIELDS, row)), separators=(",", ":")) + "\n")
            row[12] = "true"
            w.writerow(row)


if __name__ == "__main__":
    main()
