#!/usr/bin/env python3
"""Writes public/data/assumptions.json and public/data/sources.json.

The numbers and their reasoning live here, next to the source ids they come from in
../shared/reference-data/reference-data.json. Run: python3 scripts/build-data.py
(requires ../shared; the generated JSON is committed so the app never needs ../shared).
"""
import json, os, sys
from urllib.parse import urlparse

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
REF = os.path.join(ROOT, '..', 'shared', 'reference-data', 'reference-data.json')

def a(value, low, high, confidence, sources, note):
    return {"value": value, "low": low, "high": high, "confidence": confidence, "sources": sources, "note": note}

V = {}
# Headline sliders
V["spend"] = a(58, 29, 87, "derived", ["cna_350b"],
  "OpenAI's projected server rentals of ~$350B over 2025-2030 (The Information) spread over six years: $58B a year. Sensitivity range +/-50%.")
V["nvidiaShare"] = a(70, 60, 80, "analyst", ["trendforce_2025_share", "alatirok_share_2026", "aiexpert_share_2026"],
  "Nvidia ~70% of AI chips in 2025 (TrendForce); 70-80% of 2026 data-center accelerator revenue (alatirok, aiexpert). Market definition matters: 98% of DC GPUs alone in 2023.")
V["load"] = a(50, 22, 100, "derived", ["devlery_oai_122b", "bgr_prompts"],
  "OpenAI API >15B tokens/min (Mar 2026) = 21.6T tokens/day, plus ChatGPT's >2.5B prompts/day at an assumed ~10k tokens each (context, reasoning and output) = 25T/day: about 50T/day. The per-prompt token count is our assumption.")
# Alternatives mix: OpenAI's announced non-Nvidia pipeline by GW
mix_note = "Share of OpenAI's announced non-Nvidia pipeline by GW: AMD 6, Broadcom custom 10, AWS Trainium ~2, Cerebras 0.75 (18.75 GW in all)."
mix_src = ["nasdaq_amd_oai", "pr_broadcom_oai", "khabar_oai_trainium", "coinalert_cerebras_oai"]
V["mix.amd"] = a(32, 20, 45, "derived", mix_src, mix_note)
V["mix.custom"] = a(53.3, 35, 65, "derived", mix_src, mix_note)
V["mix.hyperscaler"] = a(10.7, 5, 25, "derived", mix_src, mix_note)
V["mix.specialist"] = a(4, 2, 11, "derived", mix_src, mix_note + " Cerebras expandable to 2 GW gives the high end.")
# Site and workload
V["electricityPrice"] = a(0.08, 0.06, 0.12, "placeholder", ["statista_eia_industrial", "eia_epa_2023"],
  "No sourced data-center PPA price; anchored on the US industrial average of 8.06 c/kWh (EIA, 2023). AI data-center states range 6.35 (WA) to 8.92 c/kWh (VA) industrial.")
V["pue"] = a(1.2, 1.1, 1.58, "placeholder", ["cloudnews_uptime", "uptime_pue_2023"],
  "New large facilities reach 1.3 or better (Uptime); 1.2 assumed for liquid-cooled AI halls. The industry average, 1.58 (2023), is the high end.")
V["utilization"] = a(40, 20, 60, "placeholder", ["uptime_gpu_util", "clockwork_util"],
  "Share of benchmark throughput realized over a year. Training reaches 35-45% of peak and inference is 'likely worse' (Uptime); organizations turn 20-25% of paid GPU capacity into useful work (Clockwork). No fleet-level inference figure is published.")
V["workloadIntensity"] = a(2.5, 1, 10, "derived", ["digitaltoday_mlperf60"],
  "Compute per token relative to MLPerf Llama 2 70B. On 8x B300, MLPerf v6.0 serves 13,415 tok/s per GPU on Llama 2 70B and 5,340 on DeepSeek-R1 (a frontier-class reasoning MoE): ratio 2.5. Long-context frontier traffic may be heavier (high end 10, our assumption).")
V["operationsPct"] = a(3, 1, 6, "placeholder", [],
  "Staff, maintenance, spares and network transit per year as a share of capex. No published figure; 3% is our assumption (facility costs other than energy are in capex).")
V["customNre"] = a(590, 449, 725, "analyst", ["atomsai_ibs", "techovedas_ibs", "semieng_chipcost"],
  "IBS design cost per generation at 3 nm (~$581-590M); 5 nm $449M, 2 nm $725M. SemiEngineering argues these headline figures overstate AI accelerators built from replicated arrays.")
V["customCadence"] = a(2, 1, 3, "placeholder", [],
  "Years between custom-silicon generations. Google and Nvidia ship a new accelerator generation every one to two years; two years is our assumption.")

def vend(field, values):
    for vendor, spec in values.items():
        V[f"{field}.{vendor}"] = spec

vend("capex", {
  "nvidia": a(83, 60, 120, "derived", ["awesome_gb300", "investing_bernstein_35b"],
    "All-in capital per GB300-class GPU: rack estimated at $3-4M (~$49k per GPU, analyst) plus Bernstein's $2.5M of physical infrastructure per NVL72 rack (~$35k per GPU). Nvidia's own $50-60B per GW gives the high end."),
  "amd": a(68, 55, 83, "placeholder", ["awesome_gb300", "investing_bernstein_35b", "register_mi355x"],
    "MI355X-class: no sourced price. Nvidia's all-in $83k less the assumed chip price gap (~$25k MI355X vs ~$40k Blackwell); same rack power class, so the same facility share."),
  "custom": a(67, 55, 83, "derived", ["investing_bernstein_35b"],
    "Nvidia's all-in $83k less the ~19% capex saving Bernstein estimates for ASIC racks."),
  "hyperscaler": a(60, 50, 75, "placeholder", ["decoder_semianalysis_tpu", "vengineer_tpu_price"],
    "Rented TPU/Trainium capacity expressed as a capex equivalent. Chosen so its cost per token is about 25% below Nvidia's: analysts put Ironwood TCO 30-50% below GB200 for Google itself; an outside renter pays the cloud's margin. No Ironwood or Trainium3 hourly price is published."),
  "specialist": a(2900, 2000, 3500, "analyst", ["awesome_wse3"],
    "One Cerebras CS-3 system (the unit for this class): $2-3M per system (estimate) plus ~$0.35M of facility for its ~23 kW."),
})
vend("power", {
  "nvidia": a(1.8, 1.6, 2.0, "analyst", ["awesome_gb300", "sth_gb200_power"],
    "All-in IT power per GPU: GB300 NVL72 racks draw 120-140 kW (GB200: ~120 kW) for 72 GPUs."),
  "amd": a(1.8, 1.6, 2.0, "derived", ["register_mi355x", "awesome_gb300"],
    "MI355X board power is 1.4 kW, as B300; the same all-in rack share as Nvidia is assumed."),
  "custom": a(1.5, 1.2, 1.9, "placeholder", ["gcp_tpu7x", "hotchips_ironwood"],
    "No TPU or custom XPU power is published (a gap). Assumed a little below a 1.4 kW-board GPU, as Ironwood claims ~2x performance per watt over Trillium."),
  "hyperscaler": a(1.5, 1.2, 1.9, "placeholder", ["gcp_tpu7x", "neuron_trn3"],
    "As custom silicon; Trainium3 at ~1 kW per chip is a rumor."),
  "specialist": a(25, 23, 30, "reported", ["awesome_wse3", "sth_wse3"],
    "A CS-3 system draws ~23 kW; 25 kW with its share of host and network."),
})
vend("throughput", {
  "nvidia": a(13415, 10755, 16800, "reported", ["digitaltoday_mlperf60", "toms_mlperf41"],
    "MLPerf Inference v6.0, Llama 2 70B server scenario, 8x B300: 107,317 tok/s = 13,415 per GPU. Low end: B200 in v4.1 (10,755); high end +25% for a year of software gains (our assumption)."),
  "amd": a(12535, 11682, 13415, "reported", ["digitaltoday_mlperf60"],
    "MLPerf Inference v6.0, Llama 2 70B server, 8x MI355X: 100,282 tok/s = 12,535 per GPU (11,682 per GPU at 87-GPU scale)."),
  "custom": a(12400, 8000, 15000, "placeholder", ["hotchips_ironwood", "klockwood_b300"],
    "No MLPerf LLM result exists for TPUs or custom XPUs (a gap). B300's 13,415 tok/s scaled by dense FP8 compute: Ironwood 4,614 TF vs B300 ~5,000 TF."),
  "hyperscaler": a(12400, 8000, 15000, "placeholder", ["hotchips_ironwood", "neuron_trn3"],
    "As custom silicon (Ironwood-class proxy); Trainium3 has 2,517 TF MXFP8, so a Trainium-heavy mix would be lower."),
  "specialist": a(300000, 150000, 600000, "placeholder", ["superml_cerebras_s1"],
    "Aggregate tokens/s per CS-3 on the reference workload is not published. Chosen so a CS-3 costs ~1.5x a B300 per token: buyers pay specialists for speed (2,700+ tok/s per user vs ~900 on B200, Artificial Analysis), not for cost."),
})
life_note = "Accounting lives for servers: Microsoft and Alphabet 6 years, Amazon 5 (cut from 6 for AI gear in 2025), Meta 5.5. Critics argue 2-3 years of economic life for AI accelerators."
life_src = ["koral_useful_lives", "deepquarry_amzn", "thefactum_depr"]
vend("life", {v: a(5, 3, 6, "reported", life_src, life_note) for v in ["nvidia", "amd", "custom", "hyperscaler", "specialist"]})
vend("margin", {
  "nvidia": a(71.1, 70, 75, "reported", ["verdict_fy26"], "Nvidia FY2026 GAAP gross margin 71.1% (non-GAAP 71.3%); Q4 FY26 75.0%."),
  "amd": a(52, 50, 57, "reported", ["stifel_amd_pr", "hothardware_amd_fy25"], "AMD FY2025 non-GAAP gross margin 52% (GAAP 50%), company-wide."),
  "custom": a(55, 40, 70, "placeholder", ["stocktrader_avgo_fy25"], "The design partner's (Broadcom's) gross margin on custom XPUs is not disclosed; 55% is our assumption, below Broadcom's company-wide margin."),
  "hyperscaler": a(35, 20, 50, "placeholder", [], "The cloud's margin on rented accelerators is not disclosed; 35% is our assumption."),
  "specialist": a(40, 25, 55, "placeholder", ["morningoverview_cerebras"], "Specialist gross margin is not disclosed in our sources; 40% is our assumption."),
})
vend("volumeYear", {
  "nvidia": a(2025, 2025, 2026, "reported", ["aiwiki_gb300"], "GB300 NVL72 first shipped in July 2025."),
  "amd": a(2025, 2025, 2026, "reported", ["aiwiki_mi355x"], "MI355X generally available October 2025."),
  "custom": a(2027, 2026, 2028, "derived", ["pr_broadcom_oai"], "OpenAI-Broadcom racks deploy from H2 2026 to end 2029: volume from 2027."),
  "hyperscaler": a(2025, 2025, 2026, "reported", ["gcp_tpu7x", "aiwiki_trn3"], "Ironwood GA late 2025; Trainium3 GA December 2025."),
  "specialist": a(2026, 2026, 2027, "reported", ["superml_cerebras_s1"], "Cerebras-OpenAI capacity runs 2026-2028."),
})

# Sources cited outside assumptions.json (the presets in public/data/presets.json).
EXTRA_SOURCE_IDS = [
  "aiexpert_share_2026", "alatirok_share_2026", "atomsai_ibs", "bgr_prompts", "coinalert_cerebras_oai",
  "devlery_oai_122b", "findarticles_devday", "fortune_nv_oai_loi", "gigazine_google_tokens",
  "investing_bernstein_35b", "khabar_oai_trainium", "lapaas_msft_250b", "livemint_huang_50b",
  "mediaverty_ms_tmt", "morethanmoore_amd_oai", "nairametrics_oracle_oai", "nasdaq_amd_oai",
  "newsbytes_aws_oai", "particle_nv_oai", "pr_broadcom_oai", "reuters_coreweave_oai",
  "superml_cerebras_s1", "trendforce_2025_share", "webpronews_friar", "aigazine_friar",
  "wsj_via_sochtimes_stall",
]

ref = json.load(open(REF))
S = ref["sources"]
used = sorted({s for spec in V.values() for s in spec["sources"]} | set(EXTRA_SOURCE_IDS))
presets_path = os.path.join(ROOT, "public", "data", "presets.json")
if os.path.exists(presets_path):
  cited = {s for p in json.load(open(presets_path))["presets"] for s in p["sources"]}
  if cited - set(used):
    sys.exit(f"presets.json cites sources missing from EXTRA_SOURCE_IDS: {sorted(cited - set(used))}")
missing = [s for s in used if s not in S]
if missing:
    sys.exit(f"unknown source ids: {missing}")
sources = {}
for sid in used:
    src = S[sid]
    host = urlparse(src["url"]).hostname or ""
    sources[sid] = {"title": src["title"], "publisher": host.removeprefix("www."), "date": str(src.get("date", "")), "url": src["url"]}

out = os.path.join(ROOT, "public", "data")
os.makedirs(out, exist_ok=True)
with open(os.path.join(out, "assumptions.json"), "w") as f:
    json.dump({"schemaVersion": 1, "asOf": "2026-06", "assumptions": V}, f, indent=2, ensure_ascii=False)
    f.write("\n")
with open(os.path.join(out, "sources.json"), "w") as f:
    json.dump({"schemaVersion": 1, "sources": sources}, f, indent=2, ensure_ascii=False)
    f.write("\n")
print(f"{len(V)} assumptions, {len(sources)} sources")
