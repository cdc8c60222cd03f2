using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MoocBot.Core.Facts;

namespace MoocBot.Core.Tests.Facts;

public sealed class FactsOptionsTests
{
    private static IConfiguration Settings(string key, string value) =>
        new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [key] = value }).Build();

    [Fact]
    public void Read_AllThreeKeys_BindsThemFromTheOneSection()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Facts:Path"] = "/srv/moocbot/facts.json",
            ["Facts:Watch"] = "false",
            ["Facts:WatchInterval"] = "00:00:05",
        }).Build();

        var options = FactsOptions.Read(configuration);

        Assert.Equal(("/srv/moocbot/facts.json", false, TimeSpan.FromSeconds(5)), (options.ResolvePath(), options.Watch, options.WatchInterval));
    }

    [Fact]
    public void Read_EmptyPath_FailsNamingTheKey()
    {
        var failure = Assert.Single(Assert.Throws<OptionsValidationException>(() => FactsOptions.Read(Settings("Facts:Path", " "))).Failures);

        Assert.EndsWith("Facts:Path (environment variable Facts__Path) is empty: name the facts file, e.g. data/facts.json.", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_MistypedInterval_FailsNamingTheKeyAndWhatIsAllowed()
    {
        var failure = Assert.Single(Assert.Throws<OptionsValidationException>(() => FactsOptions.Read(Settings("Facts:WatchInterval", "2s"))).Failures);

        Assert.StartsWith("Facts:WatchInterval (environment variable Facts__WatchInterval) \"2s\" is not a time span", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_GivenBind_SoundSectionIsBoundThroughItAndValidated()
    {
        var bound = 0;

        var error = Assert.Throws<OptionsValidationException>(() => FactsOptions.Read(Settings("Facts:Watch", "false"), (section, options) =>
        {
            bound++;
            options.Watch = section.GetValue<bool>("Watch");
            options.Path = " ";
        }));

        Assert.Equal(1, bound);
        Assert.EndsWith("Facts:Path (environment variable Facts__Path) is empty: name the facts file, e.g. data/facts.json.", Assert.Single(error.Failures), StringComparison.Ordinal);
    }

    [Fact]
    public void Read_GivenBind_MistypedValueIsReportedWithoutCallingIt()
    {
        var bound = 0;

        var failure = Assert.Single(Assert.Throws<OptionsValidationException>(() => FactsOptions.Read(Settings("Facts:WatchInterval", "2s"), (_, _) => bound++)).Failures);

        Assert.Equal(0, bound);
        Assert.StartsWith("Facts:WatchInterval (environment variable Facts__WatchInterval) \"2s\" is not a time span", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void AddMoocBotCore_IntervalOutOfRange_FailsAtStartNamingTheKey()
    {
        using var services = new ServiceCollection()
            .AddLogging()
            .AddMoocBotCore(TestData.Repository, Settings("Facts:WatchInterval", "02:00:00"))
            .BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains(error.Failures, f => f.StartsWith("Facts:WatchInterval (environment variable Facts__WatchInterval) \"02:00:00\" is out of range", StringComparison.Ordinal));
    }
}
