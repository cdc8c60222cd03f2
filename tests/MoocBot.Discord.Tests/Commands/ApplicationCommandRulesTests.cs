using Microsoft.Extensions.DependencyInjection;
using MoocBot.Discord.Commands;
using MoocBot.Discord.Models;
using MoocBot.Discord.Tests.Fakes;

namespace MoocBot.Discord.Tests.Commands;

public sealed class ApplicationCommandRulesTests
{
    private static ApplicationCommand Command(string name = "fact", string description = "Look up one figure", params ApplicationCommandOption[] options) =>
        new() { Name = name, Description = description, Options = options.Length == 0 ? null : options };

    private static ApplicationCommandOption Option(string name = "query", bool? required = null) =>
        new() { Type = ApplicationCommandOptionType.String, Name = name, Description = "What", Required = required };

    [Fact]
    public void Validate_DeclaredCatalog_HasNoProblems()
    {
        using var services = Services.Build(new Uri("http://127.0.0.1:9/api/v10"));
        var catalog = services.GetRequiredService<DiscordCommandCatalog>();

        Assert.Empty(ApplicationCommandRules.Validate(catalog.Commands));
        Assert.Contains(catalog.Commands, c => c.Name == "ask");
        Assert.Contains(catalog.Commands, c => c.Name == "fact" && c.Options![0].Autocomplete == true);
        Assert.DoesNotContain(catalog.Commands, c => c.Name is "related" or "start");
    }

    [Theory]
    [InlineData("Fact", "lower case")]
    [InlineData("has space", "1-32")]
    [InlineData("", "1-32")]
    [InlineData("abcdefghijabcdefghijabcdefghijabc", "1-32")]
    public void Validate_BadName_SaysWhy(string name, string expected)
    {
        var problem = Assert.Single(ApplicationCommandRules.Validate([Command(name)]));

        Assert.Contains(expected, problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_LongDescriptionDuplicatesAndMisorderedOptions_AreAllReported()
    {
        var problems = ApplicationCommandRules.Validate(
        [
            Command(description: new string('d', 101)),
            Command(),
            Command("source", "Quote", Option("a"), Option("b", required: true)),
        ]);

        Assert.Contains(problems, p => p.Contains("1-100", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("declared 2 times", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("required options must come before", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_TooManyOptions_IsReported()
    {
        var options = Enumerable.Range(0, 26).Select(i => Option("o" + i)).ToArray();

        Assert.Contains(ApplicationCommandRules.Validate([Command("many", "Many", options)]), p => p.Contains("26 options", StringComparison.Ordinal));
    }

    [Fact]
    public void AreSame_DiscordCopyInAnotherOrderWithFalseFlagsLeftOut_IsTrue()
    {
        var declared = new[] { Command("a", "A", Option(required: false)), Command("b", "B") };
        var existing = new[] { Command("b", "B") with { Type = null }, Command("a", "A", Option()) };

        Assert.True(ApplicationCommandRules.AreSame(declared, existing));
    }

    [Fact]
    public void AreSame_ChangedDescription_IsFalse() =>
        Assert.False(ApplicationCommandRules.AreSame([Command("a", "A")], [Command("a", "Changed")]));

    [Fact]
    public void AreSame_MissingCommand_IsFalse() =>
        Assert.False(ApplicationCommandRules.AreSame([Command("a", "A"), Command("b", "B")], [Command("a", "A")]));
}
