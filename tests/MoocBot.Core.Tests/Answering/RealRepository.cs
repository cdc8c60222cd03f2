using MoocBot.Core.Answering;
using MoocBot.Core.Facts;

namespace MoocBot.Core.Tests.Answering;

/// <summary>The real repository and an answerer over it, built once for all answering tests.</summary>
internal static class RealRepository
{
    private static readonly Lazy<FactRepository> LazyRepository = new(() => FactRepositoryLoader.Load(TestData.FactsPath));
    private static readonly Lazy<FactAnswerer> LazyAnswerer = new(() => new FactAnswerer(Repository));

    public static FactRepository Repository => LazyRepository.Value;

    public static FactAnswerer Answerer => LazyAnswerer.Value;
}
