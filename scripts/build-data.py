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
  "custom": a(55, 45, 67, "derived", ["investing_bernstein_35b", "ms_tpu_volumes", "siliconanalysts_b200", "decoder_semianalysis_tpu"],
    "Nvidia's all-in $83k with the GPU's ~$40-49k price replaced by a custom XPU at ~$20-26k: similar bill of materials (B200 COGS est. ~$6.4k plus HBM) sold at the design partner's margin instead of Nvidia's ~71%; Morgan Stanley's TPU figures imply ~$26k per Ironwood. At the defaults this puts the class's cost per token ~27% below Nvidia's, inside the analyst range (Bernstein: ~19% capex saving for ASIC racks, the high end here at $67k; SemiAnalysis: Ironwood TCO ~44% below GB200 for Google)."),
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

# ---------------------------------------------------------------------------
# Model inputs: cost of capital, projection, uncertainty, upstream supply, vendor's side.
# ---------------------------------------------------------------------------
# Sources cited below that are not in ../shared/reference-data (found for the upstream
# layer and the API-price validation). Same shape as the reference data's sources map.
EXTRA_SOURCES = {
  "counterpoint_hbm_q2_2025": {"title": "Counterpoint Research via Yonhap: Q2 2025 HBM market share SK hynix 62%, Micron 21%, Samsung 17%",
    "url": "https://koreajoongangdaily.joins.com/news/2025-09-24/business/tech/Samsung-slips-to-3rd-place-in-global-HBM-market-share-in-Q2/2407250", "date": "2025-09-24"},
  "semimedia_samsung_hbm_2026": {"title": "SemiMedia: Counterpoint projects Samsung above 30% of HBM in 2026",
    "url": "https://www.semimedia.cc/19910.html", "date": "2025-09-26"},
  "trendforce_b300_tsmc": {"title": "TrendForce: Nvidia B300 on TSMC 5nm-class process with CoWoS-L packaging",
    "url": "https://trendforce.com/news/2025/04/28/news-nvidia-reportedly-kicks-off-b300-production-preparation-in-may-boosting-tsmcs-5nm-and-cowos-l", "date": "2025-04-28"},
  "semieng_tsmc_king": {"title": "SemiEngineering (opinion): TSMC has essentially 100% share of AI data-center logic chips",
    "url": "https://semiengineering.com/tsmc-king-of-data-center-ai", "date": "2025"},
  "taiwannews_tsmc_ai": {"title": "Taiwan News (DigiTimes): TSMC makes Nvidia, AMD, Cerebras and other AI processors",
    "url": "https://www.taiwannews.com.tw/en/news/4925978", "date": "2023-06-22"},
  "deepinfra_llama33": {"title": "DeepInfra: Llama 3.3 70B Instruct Turbo (FP8) API price, about $0.13 in / $0.40 out per million tokens",
    "url": "https://deepinfra.com/meta-llama/Llama-3.3-70B-Instruct-Turbo/api", "date": "2026 (listing; price varies $0.12-0.13 in, $0.30-0.40 out)"},
}

V["costOfCapital"] = a(8, 6, 12, "placeholder", ["superml_cerebras_s1", "semianalysis_rental_wiki"],
  "Yearly cost of the capital tied up in hardware, used to annualize capex (capital recovery factor). No buyer's cost of capital is published; OpenAI's $1B loan to Cerebras carries 6% (low end); 8% is our assumption for a large, loss-making buyer. The H100 rule of thumb that rentals below ~$1.65/hr do not recoup capex implies a return on capital is priced in.")

# Projection
V["year"] = a(2028, 2026, 2031, "placeholder", [],
  "A view setting, not an estimate: the projection year the by-year panels highlight. 2028 is the year the first user question asks about.")
V["startYear"] = a(2026, 2026, 2026, "derived", ["devlery_oai_122b", "cna_350b"],
  "The load default is a March 2026 figure, so the projection starts in 2026.")
V["horizon"] = a(5, 5, 5, "placeholder", ["pr_broadcom_oai"],
  "Five years (2026-2031) covers the announced deals' deployment windows (Broadcom: H2 2026 to end 2029) and a depreciation life.")
V["demandGrowth"] = a(100, 50, 200, "placeholder", ["webpronews_friar", "devlery_oai_122b", "gigazine_google_tokens"],
  "Yearly growth of the inference load. Observed growth is faster: OpenAI compute 0.6 GW (2024) to 1.9 GW (2025), +217%; API tokens 6B/min (Oct 2025) to 15B/min (Mar 2026); Google's monthly tokens 480T (May 2025) to 3.2 quadrillion (May 2026), 6.7x. We assume growth halves as the base grows: 2x a year, range 1.5x-3x.")
V["spendGrowth"] = a(30, 10, 50, "derived", ["techbuzz_altman_20b", "reuters_newsmax_30gw", "cna_350b"],
  "Yearly growth of the compute budget. ~$1.4T of commitments over ~8 years (Altman) starting from the $58B/yr default: 58 x ((1+g)^8 - 1)/g = 1,400 gives g = 30%. The low end keeps the budget near The Information's ~$350B over 2025-2030.")
pp_src = ["toms_mlperf41", "digitaltoday_mlperf60", "awesome_gb300", "siliconanalysts_b200"]
pp_note = ("Yearly fall in cost per token of new hardware of this class, modelled as more throughput at the same price and power. "
  "Observed Nvidia step: H100 2,381 tok/s (MLPerf v4.1, ~$28k) to B300 13,415 tok/s (v6.0, ~$49k): ~3.2x tokens per chip-dollar in ~1.7 years, about +100%/yr, "
  "but part of it is the one-off FP8-to-FP4 switch. 40%/yr assumed; 20-100% range.")
vend("pricePerf", {
  "nvidia": a(40, 20, 100, "placeholder", pp_src, pp_note),
  "amd": a(40, 20, 100, "placeholder", pp_src + ["register_mi355x"], pp_note + " AMD assumed to keep pace (MI300X to MI355X roughly matched H100 to B300 in MLPerf)."),
  "custom": a(40, 20, 80, "placeholder", pp_src + ["gcp_tpu7x"], pp_note + " Custom silicon assumed to keep pace on a two-year cadence (Ironwood ~2x perf/W over Trillium)."),
  "hyperscaler": a(30, 15, 60, "placeholder", pp_src + ["dreaming_trn2_claim"], "Renters get the hardware gain less what the cloud keeps as margin: 30% assumed, below the 40% for owned hardware."),
  "specialist": a(30, 15, 60, "placeholder", ["superml_cerebras_s1"], "Wafer-scale and SRAM designs improve on a slower, lumpier cadence (CS-3 in 2024); 30% assumed."),
})

# Uncertainty: price volatility and correlation
vol_note = ("Yearly volatility (standard deviation of the log change) of the price of this class's capacity. "
  "H100 1-year rental: $2.85 (early 2024), $1.70 (Oct 2025 trough), $2.35 (Mar 2026): log moves of 0.3-0.5 a year, ")
vend("volatility", {
  "nvidia": a(30, 15, 50, "derived", ["semianalysis_rental_wiki", "techreader_rental"], vol_note + "so 30% (the 2023 scarcity peak of $7-12 is outside the range)."),
  "amd": a(30, 15, 50, "placeholder", ["semianalysis_rental_wiki", "gpublog_mi300x"], vol_note + "assumed the same for AMD GPUs, which trade in the same neocloud market."),
  "custom": a(20, 10, 40, "placeholder", ["pr_broadcom_oai"], "Custom silicon is bought on a negotiated multi-year contract with the design partner, so less market-price risk: 20% assumed (execution risk on a first chip is not in this number)."),
  "hyperscaler": a(25, 10, 45, "placeholder", ["costnimbus_prices", "compux_rental"], "Cloud list prices move in steps: AWS cut P5 prices up to ~45% in June 2025. 25% assumed."),
  "specialist": a(40, 20, 60, "placeholder", ["streetbrief_cerebras", "superml_cerebras_s1"], "Young vendors with concentrated revenue (86% of Cerebras's 2025 revenue from two UAE entities): 40% assumed."),
})
V["correlation"] = a(50, 20, 80, "placeholder", ["investing_bernstein_35b", "counterpoint_hbm_q2_2025"],
  "Correlation of yearly price moves between any two vendor classes. All draw on the same HBM makers, packaging, power and demand cycle, so prices co-move; 0.5 assumed.")
V["foundryCommonMode"] = a(50, 20, 80, "placeholder", ["semieng_tsmc_king"],
  "Share of each vendor's own (non-market) price risk that comes from its foundry. Two vendors at the same foundry have correlation rho + (1 - rho) x this x their foundry overlap. 50% assumed.")
V["vendorDisruptionProb"] = a(5, 2, 15, "placeholder", [],
  "Yearly probability that one vendor class suffers a supply disruption (a delayed generation, a yield problem, an export rule), independently of the others. No base rate is published; 5% assumed.")
V["vendorDisruptionSize"] = a(25, 10, 50, "placeholder", [],
  "Share of that class's capacity lost for the year when it is disrupted. 25% assumed (about one quarter's deliveries).")
V["foundryDisruptionProb"] = a(2, 0.5, 5, "placeholder", ["semieng_tsmc_king"],
  "Yearly probability that one foundry is disrupted (earthquake, power, blockade). No base rate is published; 2% assumed.")
V["foundryDisruptionSize"] = a(50, 20, 100, "placeholder", ["semieng_tsmc_king"],
  "Share of the capacity made at a disrupted foundry that is lost for the year. 50% assumed.")

# Upstream: foundries and HBM
tsmc_src = ["semieng_tsmc_king", "taiwannews_tsmc_ai"]
vend("tsmc", {
  "nvidia": a(100, 90, 100, "analyst", tsmc_src + ["trendforce_b300_tsmc"], "Blackwell and Blackwell Ultra are made on TSMC's 4NP/5nm-class process and packaged with TSMC CoWoS-L; analysts put TSMC at ~100% of AI data-center logic."),
  "amd": a(100, 90, 100, "analyst", tsmc_src, "AMD Instinct GPUs are made at TSMC (DigiTimes via Taiwan News)."),
  "custom": a(100, 80, 100, "rumor", ["ft_reuters_oai_chip"] + tsmc_src, "The OpenAI-Broadcom chip is reported (FT/Reuters, unconfirmed) to use TSMC 3nm."),
  "hyperscaler": a(100, 90, 100, "reported", ["neuron_trn3"] + tsmc_src, "Trainium3 is a TSMC 3nm chip (AWS); Google's TPUs are made at TSMC."),
  "specialist": a(80, 50, 100, "derived", ["sth_wse3", "wion_nv_groq"] + tsmc_src, "Cerebras WSE-3 is TSMC 5nm; Groq's second generation is reported on Samsung 4nm. 80/20 assumed for the class."),
})
vend("samsung", {
  "nvidia": a(0, 0, 10, "analyst", tsmc_src, "No Nvidia data-center GPU in volume is made at Samsung. What TSMC and Samsung leave goes to Intel and other foundries."),
  "amd": a(0, 0, 10, "analyst", tsmc_src, "No AMD Instinct GPU in volume is made at Samsung."),
  "custom": a(0, 0, 20, "rumor", ["ft_reuters_oai_chip"], "Reported TSMC-only; up to 20% at Samsung as a second-source hedge is the high end (our assumption)."),
  "hyperscaler": a(0, 0, 10, "reported", ["neuron_trn3"], "Trainium3 and TPUs are TSMC parts."),
  "specialist": a(20, 0, 50, "derived", ["wion_nv_groq"], "Groq's second-generation LPU on Samsung 4nm (reported, secondary)."),
})
V["hbm.skhynix"] = a(62, 50, 70, "analyst", ["counterpoint_hbm_q2_2025", "semimedia_samsung_hbm_2026"],
  "SK hynix share of HBM supply, Q2 2025 (Counterpoint). Samsung's recovery (projected above 30% in 2026) would pull it toward 50%. Micron takes what SK hynix and Samsung leave (21% in Q2 2025).")
V["hbm.samsung"] = a(17, 17, 32, "analyst", ["counterpoint_hbm_q2_2025", "semimedia_samsung_hbm_2026"],
  "Samsung share of HBM supply, Q2 2025 (Counterpoint); projected above 30% in 2026 as its HBM3E and HBM4 pass qualification.")

# Vendor's side
V["nvidiaDcRevenue"] = a(193.7, 193.7, 193.7, "reported", ["aifront_fy26", "verdict_fy26"],
  "Nvidia data-center revenue in FY2026 (Feb 2025 - Jan 2026, so calendar 2025): $193.7B, +68%. The projection grows it from there.")
V["nvidiaDcGrowth"] = a(30, 10, 55, "placeholder", ["lds_q1fy27", "aifront_fy26"],
  "Yearly growth of Nvidia's data-center revenue after FY2026. Q1 FY2027 ($75.2B) annualizes to ~$301B, +55% (high end); growth assumed to slow to 30% a year on average.")
V["vendorContent"] = a(70, 55, 75, "reported", ["livemint_huang_50b", "investing_bernstein_35b"],
  "Share of all-in capex that is the vendor's revenue (chips, systems, networking). Nvidia: ~$35B of $50B per GW (Huang), 70%. Bernstein's split (GPUs 39%, networking 13%, CPUs 3%) gives ~55% (low end). Applied to every vendor class.")
V["nvidiaInvestment"] = a(100, 30, 100, "reported", ["fortune_nv_oai_loi", "particle_nv_oai", "fashionunited_oai_110b", "mediaverty_ms_tmt"],
  "The LOI: Nvidia 'intends to invest up to $100B progressively as each GW is deployed' (non-binding, stalled). The low end is the $30B Nvidia actually committed in OpenAI's February 2026 round.")
V["investmentPerGw"] = a(10, 5, 10, "reported", ["fortune_nv_oai_loi", "bloomberg_via_mexc_nv_oai"],
  "$100B over at least 10 GW: ~$10B released per GW deployed (the first tranche was reported as ~$10B at the first GW).")

# Sources the validation table cites (src/model/validation.ts); listed so sources.json carries them.
VALIDATION_SOURCES = ["livemint_huang_50b", "investing_bernstein_35b", "semianalysis_rental_wiki", "techreader_rental",
  "siliconanalysts_b200", "aiexpert_share_2026", "alatirok_share_2026", "verdict_fy26", "aifront_fy26",
  "deepinfra_llama33", "toms_mlperf41", "marketscreener_gs_mw"]

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
S = {**ref["sources"], **EXTRA_SOURCES}
used = sorted({s for spec in V.values() for s in spec["sources"]} | set(VALIDATION_SOURCES) | set(EXTRA_SOURCE_IDS))
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
