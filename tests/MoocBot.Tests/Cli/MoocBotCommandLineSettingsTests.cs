using System.Diagnostics;

namespace MoocBot.Tests.Cli;

/// <summary>A malformed settings file or a mistyped setting: exit code 1 and one line naming it, never a stack trace or a secret.</summary>
public sealed class MoocBotCommandLineSettingsTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("moocbot-settings-");
    private readonly List<string> _set = [];

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
    [InlineData("Storage__Provider", "Mongo", "Storage:Provider (environment variable Storage__Provider) \"Mongo\" is not one of the choices: allowed values: Sqlite, Postgres.")]
    [InlineData("Telegram__Mode", "Webook", "Telegram:Mode (environment variable Telegram__Mode) \"Webook\" is not one of the choices: allowed values: Polling, Webhook.")]
    [InlineData("RateLimits__PerUser", "lots", "RateLimits:PerUser (environment variable RateLimits__PerUser) \"lots\" is not a whole number: allowed values: a whole number from 1 to 100000, e.g. 20.")]
    [InlineData("RateLimits__PerChat", "0", "RateLimits:PerChat (environment variable RateLimits__PerChat) \"0\" is out of range: allowed values: a whole number from 1 to 100000, e.g. 60.")]
    [InlineData("RateLimits__Enabled", "yes", "RateLimits:Enabled (environment variable RateLimits__Enabled) \"yes\" is not true or false: allowed values: true, false.")]
    [InlineData("RateLimits__Window", "a minute", "RateLimits:Window (environment variable RateLimits__Window) \"a minute\" is not a time span")]
    [InlineData("Facts__WatchInterval", "banana", "Facts:WatchInterval (environment variable Facts__WatchInterval) \"banana\" is not a time span: allowed values: a time span as [d.]hh:mm:ss[.fff] from 00:00:00.010 to 01:00:00, e.g. 00:00:02.")]
    [InlineData("Facts__Watch", "sometimes", "Facts:Watch (environment variable Facts__Watch) \"sometimes\" is not true or false")]
    [InlineData("Notices__BatchSize", "many", "Notices:BatchSize (environment variable Notices__BatchSize) \"many\" is not a whole number: allowed values: a whole number from 1 to 10000")]
    [InlineData("Notices__Telegram__ChatInterval", "1s", "Notices:Telegram:ChatInterval (environment variable Notices__Telegram__ChatInterval) \"1s\" is not a time span")]
    [InlineData("Notices__PublishOnStart", "2", "Notices:PublishOnStart (environment variable Notices__PublishOnStart) \"2\" is not true or false")]
    [InlineData("Hosting__ShutdownTimeout", "soon", "Hosting:ShutdownTimeout (environment variable Hosting__ShutdownTimeout) \"soon\" is not a time span")]
    [InlineData("Diagnostics__Health__StoreTimeout", "-00:00:05", "Diagnostics:Health:StoreTimeout (environment variable Diagnostics__Health__StoreTimeout) \"-00:00:05\" is out of range")]
    [InlineData("Diagnostics__UnansweredLog__RetentionDays", "30d", "Diagnostics:UnansweredLog:RetentionDays (environment variable Diagnostics__UnansweredLog__RetentionDays) \"30d\" is not a whole number")]
    [InlineData("Telegram__MaxConcurrentUpdates", "1e3", "Telegram:MaxConcurrentUpdates (environment variable Telegram__MaxConcurrentUpdates) \"1e3\" is not a whole number: allowed values: a whole number from 1 to 1024, e.g. 64.")]
    [InlineData("Discord__ApiBaseUrl", "discord.com/api", "Discord:ApiBaseUrl (environment variable Discord__ApiBaseUrl) is not an absolute address: allowed values: an absolute http(s) or ws(s) address, e.g. https://discord.com/api/v10.")]
    [InlineData("Discord__GatewayUrl", "gateway", "Discord:GatewayUrl (environment variable Discord__GatewayUrl) is not an absolute address")]
    [InlineData("Discord__Gateway__Enabled", "on", "Discord:Gateway:Enabled (environment variable Discord__Gateway__Enabled) \"on\" is not true or false")]
    [InlineData("OpenTelemetry__Endpoint", "collector:4317", "OpenTelemetry:Endpoint (environment variable OpenTelemetry__Endpoint) is not an absolute address")]
    [InlineData("OpenTelemetry__Protocol", "Udp", "OpenTelemetry:Protocol (environment variable OpenTelemetry__Protocol) \"Udp\" is not one of the choices: allowed values: Grpc, HttpProtobuf.")]
    [InlineData("OpenTelemetry__ExportInterval", "0", "OpenTelemetry:ExportInterval (environment variable OpenTelemetry__ExportInterval) \"0\" is out of range")]
    [InlineData("Logging__LogLevel__Default", "Loud", "Logging:LogLevel:Default (environment variable Logging__LogLevel__Default) \"Loud\" is not one of the choices: allowed values: Trace, Debug, Information, Warning, Error, Critical, None.")]
    [InlineData("Storage__Provider", "Postgres", "Storage:ConnectionString (environment variable Storage__ConnectionString) is missing: it is required when Storage:Provider is Postgres")]
    [InlineData("Telegram__WebhookSecret", "s3cret-value", "Telegram:BotToken is missing.")]
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
