using System.Reflection;
using NetArchTest.Rules;

namespace MoocBot.Core.Tests;

/// <summary>
/// Folders of one assembly that depend one way: a folder may use the ones before it in <see cref="Order"/>, never one
/// after it. Read from the compiled IL, so a fully qualified name or a lambda cannot hide a use. Shared by the
/// layering tests of Core and of the executable (README, "Design: the folders").
/// </summary>
internal sealed class FolderLayers(Assembly assembly, string prefix, params string[] order)
{
    public IReadOnlyList<string> Order { get; } = order;

    /// <summary>The types of <paramref name="folder"/> that use a folder after it; empty when it keeps to its layer.</summary>
    public IReadOnlyList<string> TypesUsingLaterFolders(string folder)
    {
        var later = order[(Array.IndexOf(order, folder) + 1)..];
        if (later.Length == 0)
        {
            return [];
        }

        var result = Types.InAssembly(assembly)
            .That().ResideInNamespace(folder)
            .ShouldNot().HaveDependencyOnAny(later)
            .GetResult();
        return result.IsSuccessful ? [] : [.. result.FailingTypeNames ?? []];
    }

    public void AssertUsesNoLaterFolder(string folder)
    {
        var failing = TypesUsingLaterFolders(folder);
        Assert.True(failing.Count == 0, $"{folder} must not use {string.Join(", ", order[(Array.IndexOf(order, folder) + 1)..])}, but these types do: {string.Join(", ", failing)}");
    }

    /// <summary>Every folder of the assembly is in <see cref="Order"/>, and none uses a folder after it.</summary>
    public void AssertOneWay()
    {
        Assert.Equal(order.Order(), FoldersInAssembly());
        foreach (var folder in order)
        {
            AssertUsesNoLaterFolder(folder);
        }
    }

    /// <summary>Every folder (namespace one level below <c>prefix</c>) that holds a type of the assembly.</summary>
    public IEnumerable<string> FoldersInAssembly() =>
        assembly.GetTypes()
            .Select(t => t.Namespace)
            .OfType<string>()
            .Where(n => n.StartsWith(prefix + ".", StringComparison.Ordinal))
            .Select(n => string.Join('.', n.Split('.').Take(prefix.Split('.').Length + 1)))
            .Distinct()
            .Order();
}
