using System.Diagnostics.CodeAnalysis;

// Temporary, until the fact-model branch lands: it rewrites the facts loader and the publish snapshot with
// source-generated JSON. Until then they read and write JSON by reflection, so the native AOT build cannot load
// the facts (README, Speed and memory). Delete this file when merging that branch.
[assembly: UnconditionalSuppressMessage("Trimming", "IL2026", Scope = "type", Target = "~T:MoocBot.Core.Facts.FactRepositoryLoader", Justification = "Replaced by source-generated JSON on the fact-model branch.")]
[assembly: UnconditionalSuppressMessage("AOT", "IL3050", Scope = "type", Target = "~T:MoocBot.Core.Facts.FactRepositoryLoader", Justification = "Replaced by source-generated JSON on the fact-model branch.")]
[assembly: UnconditionalSuppressMessage("Trimming", "IL2026", Scope = "type", Target = "~T:MoocBot.Core.Notices.FactSnapshot", Justification = "Replaced by source-generated JSON on the fact-model branch.")]
[assembly: UnconditionalSuppressMessage("AOT", "IL3050", Scope = "type", Target = "~T:MoocBot.Core.Notices.FactSnapshot", Justification = "Replaced by source-generated JSON on the fact-model branch.")]
