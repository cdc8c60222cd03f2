using MoocBot.Core.Conversations;
using NetArchTest.Rules;

namespace MoocBot.Core.Tests;

/// <summary>
/// Core's folders depend one way, in this order: a folder may use the ones before it, never one after it
/// (README, "Core's folders"). Read from the compiled IL, so a fully qualified name or a lambda cannot hide a use.
/// </summary>
public sealed class CoreLayeringTests
{
    private static readonly string[] Layers =
    [
        "MoocBot.Core.Settings",
        "MoocBot.Core.Facts",
        "MoocBot.Core.Answering",
        "MoocBot.Core.Diagnostics",
        "MoocBot.Core.Conversations",
        "MoocBot.Core.Charts",
        "MoocBot.Core.Notices",
    ];

    public static TheoryData<string> Folders => new(Layers);

    [Theory]
    [MemberData(nameof(Folders))]
    public void Folder_UsesNoFolderAfterIt_HasNoDependencyOnThem(string folder)
    {
        var later = Layers[(Array.IndexOf(Layers, folder) + 1)..];
        if (later.Length == 0)
        {
            return;
        }

        var result = Types.InAssembly(typeof(ConversationRouter).Assembly)
            .That().ResideInNamespace(folder)
            .ShouldNot().HaveDependencyOnAny(later)
            .GetResult();

        Assert.True(result.IsSuccessful, $"{folder} must not use {string.Join(", ", later)}, but these types do: {string.Join(", ", result.FailingTypeNames ?? [])}");
    }

    [Fact]
    public void Layers_CoverEveryCoreFolder_NoFolderLeftUnchecked()
    {
        var folders = typeof(ConversationRouter).Assembly.GetTypes()
            .Select(t => t.Namespace)
            .OfType<string>()
            .Where(n => n.StartsWith("MoocBot.Core.", StringComparison.Ordinal))
            .Select(n => string.Join('.', n.Split('.').Take(3)))
            .Distinct()
            .Order();

        Assert.Equal(Layers.Order(), folders);
    }
}
