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
    private static readonly FolderLayers Layers = new(
        typeof(BotHost).Assembly,
        "MoocBot",
        "MoocBot.Terminal",
        "MoocBot.Hosting",
        "MoocBot.Cli");

    public static TheoryData<string> Folders => new(Layers.Order);

    [Theory]
    [MemberData(nameof(Folders))]
    public void Folder_UsesNoFolderAfterIt_HasNoDependencyOnThem(string folder) => Layers.AssertUsesNoLaterFolder(folder);

    [Fact]
    public void Layers_CoverEveryFolder_NoFolderLeftUnchecked() =>
        Assert.Equal(Layers.Order.Order(), Layers.FoldersInAssembly());

    [Fact]
    public void Hosting_BeforeTheCycleWasBroken_WouldBeCaught()
    {
        // The helper sees a use through the IL: Cli uses Hosting, so read backwards the order must fail.
        var reversed = new FolderLayers(typeof(BotHost).Assembly, "MoocBot", "MoocBot.Cli", "MoocBot.Hosting");

        Assert.NotEmpty(reversed.TypesUsingLaterFolders("MoocBot.Cli"));
    }
}
