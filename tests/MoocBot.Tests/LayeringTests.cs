using MoocBot.Core.Tests;
using MoocBot.Hosting;

namespace MoocBot.Tests;

/// <summary>
/// The executable's folders depend one way: the console chat (Terminal) knows neither the composition root nor the
/// command line; the composition root (Hosting) composes the console chat but never calls the command line; the command
/// line (Cli) uses both (README, "Design: the folders").
/// </summary>
public sealed class LayeringTests
{
    [Fact]
    public void ExecutableFolders_TerminalThenHostingThenCli_NoneUsesOneAfterIt() =>
        new FolderLayers(typeof(BotHost).Assembly, "MoocBot", "MoocBot.Terminal", "MoocBot.Hosting", "MoocBot.Cli").AssertOneWay();

    [Fact]
    public void FolderLayers_CliBeforeHosting_CatchesTheUse()
    {
        // The helper sees a use through the IL: Cli uses Hosting, so the order read backwards must fail.
        var reversed = new FolderLayers(typeof(BotHost).Assembly, "MoocBot", "MoocBot.Cli", "MoocBot.Hosting");

        Assert.NotEmpty(reversed.TypesUsingLaterFolders("MoocBot.Cli"));
    }
}
