using System.Diagnostics;
using MoocBot.Hosting;

namespace MoocBot.Tests.Deploy;

/// <summary>deploy/moocbot.service: hardened, restarted on failure, secrets from its environment file, and valid to systemd.</summary>
public sealed class SystemdUnitTests
{
    private readonly List<(string Section, string Key, string Value)> _entries = Parse(DeployFiles.Read("moocbot.service"));

    [Fact]
    public void Service_RunsAsADynamicUserWithItsStateDirectoryAndRestartsOnFailure()
    {
        Assert.Equal("yes", Service("DynamicUser"));
        Assert.Equal("moocbot", Service("StateDirectory"));
        Assert.Equal("on-failure", Service("Restart"));
        Assert.Equal("/etc/moocbot/moocbot.env", Service("EnvironmentFile"));
        Assert.Equal($"/usr/bin/dotnet /opt/moocbot/{DeployFiles.AssemblyName}.dll", Service("ExecStart"));
        Assert.Equal("yes", Service("NoNewPrivileges"));
        Assert.Equal("strict", Service("ProtectSystem"));
        Assert.Equal("", Service("CapabilityBoundingSet"));
        Assert.Equal("multi-user.target", _entries.Single(e => e.Section == "Install" && e.Key == "WantedBy").Value);
    }

    [Fact]
    public void Service_KeepsItsDatabaseInTheStateDirectoryAndSetsOnlyBotSettings()
    {
        var environment = _entries.Where(e => e.Section == "Service" && e.Key == "Environment")
            .Select(e => e.Value.Trim('"').Split('=', 2))
            .ToDictionary(kv => kv[0], kv => kv[1]);

        Assert.Equal("Data Source=/var/lib/" + Service("StateDirectory") + "/moocbot.db", environment["Storage__ConnectionString"]);
        Assert.All(environment.Where(e => !e.Key.StartsWith("DOTNET_", StringComparison.Ordinal)), e => Assert.True(DeployFiles.IsBotSetting(e.Key, e.Value), $"{e.Key} is not a MoocBot setting"));
        var example = DeployFiles.Read("moocbot.env.example").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')).Select(l => l.Split('=', 2));
        Assert.All(example, kv => Assert.True(DeployFiles.IsBotSetting(kv[0], kv[1].Length > 0 ? kv[1] : "x"), $"{kv[0]} is not a MoocBot setting"));
    }

    [Fact]
    public void Service_WaitsLongerThanTheBotsShutdownBeforeKillingIt()
    {
        var stop = TimeSpan.FromSeconds(int.Parse(Service("TimeoutStopSec").TrimEnd('s'), System.Globalization.CultureInfo.InvariantCulture));

        Assert.True(stop > new HostingOptions().ShutdownTimeout);
    }

    [Fact]
    public async Task SystemdAnalyzeVerify_FindsNothingWrong()
    {
        var analyze = new[] { "/usr/bin/systemd-analyze", "/bin/systemd-analyze" }.FirstOrDefault(File.Exists);
        if (analyze is null)
        {
            // Without systemd the structural checks above are all there is.
            return;
        }

        var folder = Directory.CreateTempSubdirectory("moocbot-unit-");
        try
        {
            var unit = Path.Combine(folder.FullName, "moocbot.service");
            var text = DeployFiles.Read("moocbot.service");
            if (!File.Exists("/usr/bin/dotnet"))
            {
                // systemd-analyze checks that the command exists; on this machine .NET lives elsewhere.
                text = text.Replace("ExecStart=/usr/bin/dotnet", "ExecStart=" + Environment.ProcessPath, StringComparison.Ordinal);
            }

            await File.WriteAllTextAsync(unit, text);
            using var process = Process.Start(new ProcessStartInfo(analyze, ["verify", unit]) { RedirectStandardError = true, RedirectStandardOutput = true })!;
            var errors = await process.StandardError.ReadToEndAsync();
            var output = await process.StandardOutput.ReadToEndAsync();
            await process.WaitForExitAsync();

            Assert.True(process.ExitCode == 0, errors + output);
            Assert.Equal("", (errors + output).Trim());
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private string Service(string key) => _entries.Single(e => e.Section == "Service" && e.Key == key).Value;

    private static List<(string Section, string Key, string Value)> Parse(string unit)
    {
        var entries = new List<(string, string, string)>();
        var section = "";
        foreach (var line in unit.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')))
        {
            if (line.StartsWith('['))
            {
                section = line.Trim('[', ']');
                continue;
            }

            var parts = line.Split('=', 2);
            entries.Add((section, parts[0], parts[1]));
        }

        return entries;
    }
}
