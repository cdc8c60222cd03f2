using MoocBot.Core.Conversations;

namespace MoocBot.Core.Tests;

/// <summary>Core's folders depend one way, in this order (README, "Design: the folders").</summary>
public sealed class CoreLayeringTests
{
    private static readonly FolderLayers Layers = new(
        typeof(ConversationRouter).Assembly,
        "MoocBot.Core",
        "MoocBot.Core.Settings",
        "MoocBot.Core.Facts",
        "MoocBot.Core.Answering",
        "MoocBot.Core.Diagnostics",
        "MoocBot.Core.Conversations",
        "MoocBot.Core.Charts",
        "MoocBot.Core.Notices");

    public static TheoryData<string> Folders => new(Layers.Order);

    [Theory]
    [MemberData(nameof(Folders))]
    public void Folder_UsesNoFolderAfterIt_HasNoDependencyOnThem(string folder) => Layers.AssertUsesNoLaterFolder(folder);

    [Fact]
    public void Layers_CoverEveryCoreFolder_NoFolderLeftUnchecked() =>
        Assert.Equal(Layers.Order.Order(), Layers.FoldersInAssembly());
}
