using System.Text.RegularExpressions;
using MoocBot.Discord.Interactions;
using MoocBot.Hosting;
using MoocBot.Telegram.Receiving;
using Npgsql;
using YamlDotNet.RepresentationModel;

namespace MoocBot.Tests.Deploy;

/// <summary>deploy/compose.yaml, checked without Docker: two bot hosts on one PostgreSQL database behind the proxy.</summary>
public sealed class ComposeFileTests
{
    private static readonly string[] Bots = ["bot-1", "bot-2"];

    private readonly YamlMappingNode _services;

    public ComposeFileTests()
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(DeployFiles.Read("compose.yaml")));
        _services = (YamlMappingNode)Merged(((YamlMappingNode)stream.Documents[0].RootNode)["services"]);
    }

    [Fact]
    public void Bots_EveryEnvironmentVariable_IsASettingOfTheBot()
    {
        foreach (var bot in Bots)
        {
            var environment = Environment(bot);
            Assert.NotEmpty(environment);
            Assert.All(environment, pair => Assert.True(DeployFiles.IsBotSetting(pair.Key, DeployFiles.Interpolate(pair.Value)), $"{bot}: {pair.Key}={pair.Value} is not a MoocBot setting"));
        }
    }

    [Fact]
    public void IsBotSetting_MistypedKeyOrValue_IsRefused()
    {
        Assert.False(DeployFiles.IsBotSetting("Telegram__Mod", "Webhook"));
        Assert.False(DeployFiles.IsBotSetting("Telegram__Mode", "Webook"));
        Assert.False(DeployFiles.IsBotSetting("Notices__Telegram__MessagesPerSecond", "lots"));
        Assert.False(DeployFiles.IsBotSetting("Mongo__ConnectionString", "x"));
        Assert.True(DeployFiles.IsBotSetting("Notices__HostId", "bot-1"));
    }

    [Fact]
    public void Bots_ShareOnePostgresDatabase_TheDbService()
    {
        var settings = Bots.Select(Environment).ToList();
        Assert.All(settings, s => Assert.Equal("Postgres", s["Storage__Provider"]));
        Assert.Single(settings.Select(s => s["Storage__ConnectionString"]).Distinct());

        var connection = new NpgsqlConnectionStringBuilder(DeployFiles.Interpolate(settings[0]["Storage__ConnectionString"]));
        var db = Environment(connection.Host!);
        Assert.Equal(db["POSTGRES_DB"], connection.Database);
        Assert.Equal(db["POSTGRES_USER"], connection.Username);
        Assert.Equal(Variable(db["POSTGRES_PASSWORD"]), Variable(settings[0]["Storage__ConnectionString"].Split("Password=")[1]));
    }

    [Fact]
    public void Bots_EachHasItsOwnHostIdAndStopsWithinItsGracePeriod()
    {
        Assert.Equal(Bots, Bots.Select(b => Environment(b)["Notices__HostId"]));
        var shutdown = new HostingOptions().ShutdownTimeout;
        foreach (var bot in Bots)
        {
            var grace = Scalar(Service(bot), "stop_grace_period");
            Assert.Matches("^[0-9]+s$", grace);
            Assert.True(TimeSpan.FromSeconds(int.Parse(grace[..^1], System.Globalization.CultureInfo.InvariantCulture)) > shutdown, $"{bot} is killed before its {shutdown} shutdown");
        }
    }

    [Fact]
    public void Secrets_ComeFromTheEnvironmentOnly()
    {
        var secret = new Regex("Token|Secret|PublicKey|Password", RegexOptions.IgnoreCase);
        foreach (var (service, _) in _services.Children.Select(c => (((YamlScalarNode)c.Key).Value!, c.Value)))
        {
            foreach (var (key, value) in Environment(service).Where(e => secret.IsMatch(e.Key)))
            {
                Assert.Matches(@"^\$\{[A-Z_]+(:[-?][^}]*)?\}$", value);
            }
        }

        Assert.Matches(@"Password=\$\{[A-Z_]+", Environment("bot-1")["Storage__ConnectionString"]);
    }

    [Fact]
    public void Proxy_ForwardsBothWebhookPathsToBothBots()
    {
        var proxy = Service("proxy");
        var volume = ((YamlSequenceNode)proxy["volumes"]).Children.Select(v => ((YamlScalarNode)v).Value!).Single(v => v.EndsWith("/etc/caddy/Caddyfile:ro", StringComparison.Ordinal));
        var caddyfile = DeployFiles.Read(Path.GetFileName(volume.Split(':')[0]));

        var matcher = Regex.Match(caddyfile, @"@bot path (?<paths>[^\n]+)");
        Assert.Equal([TelegramWebhookEndpoint.Path, InteractionEndpoint.Path], matcher.Groups["paths"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        var upstreams = Regex.Match(caddyfile, @"reverse_proxy (?<upstreams>[^{\n]+)\{").Groups["upstreams"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(Bots.Select(b => $"{b}:{BotPort(b)}"), upstreams);
        Assert.Contains("health_uri /healthz", caddyfile, StringComparison.Ordinal);
        var webhook = Environment("bot-1")["Telegram__WebhookUrl"];
        Assert.Equal(("https://", "MOOCBOT_DOMAIN"), (webhook[..8], Variable(webhook)));
        Assert.EndsWith("}" + TelegramWebhookEndpoint.Path, webhook, StringComparison.Ordinal);
        Assert.Equal(Variable(webhook), Variable(Environment("proxy")["MOOCBOT_DOMAIN"]));
    }

    [Fact]
    public void Bots_AreBuiltFromTheDeployDockerfile()
    {
        foreach (var bot in Bots)
        {
            var build = (YamlMappingNode)Service(bot)["build"];
            Assert.Equal("..", Scalar(build, "context"));
            Assert.True(File.Exists(Path.Combine(DeployFiles.Folder, Scalar(build, "context"), Scalar(build, "dockerfile"))));
        }
    }

    /// <summary>Applies YAML merge keys (<c>&lt;&lt;: *anchor</c>) as Compose does: the mapping's own keys win over merged ones.</summary>
    private static YamlNode Merged(YamlNode node)
    {
        if (node is YamlSequenceNode sequence)
        {
            return new YamlSequenceNode(sequence.Children.Select(Merged));
        }

        if (node is not YamlMappingNode mapping)
        {
            return node;
        }

        var merged = new YamlMappingNode();
        var mergeKey = new YamlScalarNode("<<");
        if (mapping.Children.TryGetValue(mergeKey, out var bases))
        {
            foreach (var source in bases is YamlSequenceNode list ? list.Children : [bases])
            {
                foreach (var (key, value) in ((YamlMappingNode)Merged(source)).Children)
                {
                    merged.Children[key] = value;
                }
            }
        }

        foreach (var (key, value) in mapping.Children.Where(c => !c.Key.Equals(mergeKey)))
        {
            merged.Children[key] = Merged(value);
        }

        return merged;
    }

    /// <summary>The name of the first ${NAME...} interpolation in <paramref name="value"/>.</summary>
    private static string Variable(string value) => Regex.Match(value, @"\$\{(?<name>[A-Z_]+)").Groups["name"].Value;

    private static string Scalar(YamlMappingNode node, string key) => ((YamlScalarNode)node[key]).Value!;

    private int BotPort(string bot) => new Uri(Environment(bot)["Urls"].Replace("+", "localhost", StringComparison.Ordinal)).Port;

    private YamlMappingNode Service(string name) => (YamlMappingNode)_services[name];

    private Dictionary<string, string> Environment(string service) =>
        Service(service).Children.TryGetValue(new YamlScalarNode("environment"), out var environment)
            ? ((YamlMappingNode)environment).Children.ToDictionary(c => ((YamlScalarNode)c.Key).Value!, c => ((YamlScalarNode)c.Value).Value!)
            : [];
}
