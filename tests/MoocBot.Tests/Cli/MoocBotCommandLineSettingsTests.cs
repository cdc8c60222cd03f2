using System.Diagnostics;
using MoocBot.Core.Tests;

namespace MoocBot.Tests.Cli;

/// <summary>A malformed settings file or a mistyped setting: exit code 1 and one line naming it, never a stack trace or a secret.</summary>
public sealed class MoocBotCommandLineSettingsTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("moocbot-settings-");
    private readonly List<string> _set = [];

    /// <summary>The cases of mistyped-settings-cases.tsv beside this file: a variable, its mistyped value, the line expected.</summary>
    public static TheoryData<string, string, string> MistypedSettings()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var c in CaseTable.Read(CaseTable.PathOf("MoocBot.Tests/Cli/mistyped-settings-cases.tsv"), 3))
        {
            data.Add(c[0], c[1], c[2]);
        }

        return data;
    }

    public MoocBotCommandLineSettingsTests()
    {
        Set("Storage__ConnectionString", "Data Source=" + Path.Combine(_folder.FullName, "bot.db"));
    }

    public void Dispose()
    {
        foreach (var name in _set)
        {
            Environment.SetEnvironmentVariable(name, null);
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _folder.Delete(recursive: true);
    }

    [Theory]
    [MemberData(nameof(MistypedSettings))]
    public async Task Run_MistypedSetting_ExitsOneWithOneLineNamingItAndWhatIsAllowed(string variable, string value, string expected)
    {
        if (variable == "Storage__Provider" && value == "Postgres")
        {
            Set("Storage__ConnectionString", null);
        }

        Set(variable, value);

        var (code, _, error) = await CommandLineRunner.RunAsync([]);

        Assert.Equal(1, code);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        Assert.StartsWith("Invalid setting: ", line, StringComparison.Ordinal);
        Assert.Contains(expected, line, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret-value", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Storage__ConnectionString", "Host=db;Password=hunter2;;=x", "Storage__Provider", "Postgres")]
    [InlineData("Storage__ConnectionString", "Password=hunter2;=", null, null)]
    [InlineData("Discord__PublicKey", "hunter2hunter2", "Discord__ApplicationId", "123456789012345678")]
    [InlineData("Telegram__WebhookSecret", "hunter2 with spaces", "Telegram__Mode", "Webhook")]
    public async Task Run_MalformedSecret_NamesTheSettingWithoutPrintingIt(string variable, string secret, string? other, string? otherValue)
    {
        Set(variable, secret);
        if (other is not null)
        {
            Set(other, otherValue);
        }

        var (code, output, error) = await CommandLineRunner.RunAsync(["--urls", "http://127.0.0.1:0"]);

        Assert.Equal(1, code);
        Assert.Contains(variable, error, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", error + output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_MistypedSettingAskDoesNotUse_StillAnswers()
    {
        Set("Storage__Provider", "Mongo");

        var (code, output, _) = await CommandLineRunner.RunAsync(["ask", "how many moocs are there?"]);

        Assert.Equal(0, code);
        Assert.Contains("97,000", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_MistypedSettingAskUses_ExitsOneNamingIt()
    {
        Set("RateLimits__PerUser", "lots");

        var (code, _, error) = await CommandLineRunner.RunAsync(["ask", "how many moocs are there?"]);

        Assert.Equal(1, code);
        Assert.Contains("RateLimits__PerUser", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Process_MistypedSetting_ExitsOneNotAbort()
    {
        using var copy = ExecutableCopy.Create(_folder);

        var (code, error) = await copy.RunAsync(("Storage__Provider", "Mongo"));

        Assert.Equal(1, code);
        Assert.Equal("Invalid setting: Storage:Provider (environment variable Storage__Provider) \"Mongo\" is not one of the choices: allowed values: Sqlite, Postgres.", error.Trim());
    }

    [Fact]
    public async Task Process_MalformedSettingsFile_ExitsOneNamingTheFileAndLineWithoutItsContent()
    {
        using var copy = ExecutableCopy.Create(_folder, settings: "{\n  \"Telegram\": {\n    \"BotToken\": \"123456789:hunter2-not-a-token-hunter2hunter2\"\n    \"Mode\": \"Polling\"\n  }\n}\n");

        var (code, error) = await copy.RunAsync();

        Assert.Equal(1, code);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("appsettings.json is not valid JSON (line 4, position 5)", line, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", error, StringComparison.Ordinal);
    }

    private void Set(string name, string? value)
    {
        _set.Add(name);
        Environment.SetEnvironmentVariable(name, value);
    }

    /// <summary>The built executable copied to a folder of its own, with its own settings file, run as a process.</summary>
    private sealed class ExecutableCopy : IDisposable
    {
        private readonly DirectoryInfo _folder;

        private ExecutableCopy(DirectoryInfo folder) => _folder = folder;

        public static ExecutableCopy Create(DirectoryInfo parent, string? settings = null)
        {
            var folder = parent.CreateSubdirectory("app");
            foreach (var file in Directory.GetFiles(AppContext.BaseDirectory))
            {
                File.Copy(file, Path.Combine(folder.FullName, Path.GetFileName(file)));
            }

            if (settings is not null)
            {
                File.WriteAllText(Path.Combine(folder.FullName, "appsettings.json"), settings);
            }

            return new ExecutableCopy(folder);
        }

        public async Task<(int Code, string Error)> RunAsync(params (string Name, string Value)[] environment)
        {
            var start = new ProcessStartInfo("dotnet", [Path.Combine(_folder.FullName, "moocbot.dll")])
            {
                RedirectStandardInput = true,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            start.Environment["Facts__Path"] = Path.Combine(AppContext.BaseDirectory, "data", "facts.json");
            foreach (var (name, value) in environment)
            {
                start.Environment[name] = value;
            }

            using var process = Process.Start(start)!;
            process.StandardInput.Close();
            var error = process.StandardError.ReadToEndAsync();
            await process.StandardOutput.ReadToEndAsync();
            await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
            return (process.ExitCode, await error);
        }

        public void Dispose() => _folder.Delete(recursive: true);
    }
}
