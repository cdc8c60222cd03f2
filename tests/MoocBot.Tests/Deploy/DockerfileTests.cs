using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace MoocBot.Tests.Deploy;

/// <summary>deploy/Dockerfile, checked without Docker: it builds the executable's project and starts what that build produces.</summary>
public sealed class DockerfileTests
{
    private readonly List<(string Instruction, string Arguments)> _instructions =
    [
        .. Regex.Split(DeployFiles.Read("Dockerfile").Replace("\\\n", " ", StringComparison.Ordinal), "\r?\n")
            .Select(line => line.Trim())
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split(' ', 2))
            .Select(parts => (parts[0].ToUpperInvariant(), parts.Length > 1 ? parts[1].Trim() : "")),
    ];

    [Fact]
    public void Stages_BuildWithTheSdkAndRunOnTheAspNetRuntimeOfTheTargetFramework()
    {
        var version = Regex.Match(Arguments("ARG").First(a => a.StartsWith("DOTNET_VERSION=", StringComparison.Ordinal)), "=(.+)$").Groups[1].Value;
        var targetFramework = XDocument.Load(Path.Combine(DeployFiles.RepositoryRoot, "Directory.Build.props")).Descendants("TargetFramework").Single().Value;
        var sdk = JsonDocument.Parse(File.ReadAllText(Path.Combine(DeployFiles.RepositoryRoot, "global.json"))).RootElement.GetProperty("sdk").GetProperty("version").GetString()!;

        Assert.Equal("net" + version, targetFramework);
        Assert.StartsWith(version + ".", sdk, StringComparison.Ordinal);
        var stages = Arguments("FROM");
        Assert.Equal("mcr.microsoft.com/dotnet/sdk:${DOTNET_VERSION} AS build", stages[0]);
        Assert.StartsWith("mcr.microsoft.com/dotnet/aspnet:${DOTNET_VERSION}", stages[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void Entrypoint_StartsTheAssemblyThePublishedProjectBuilds()
    {
        var publish = Regex.Match(Arguments("RUN").Single(r => r.Contains("dotnet publish", StringComparison.Ordinal)), @"dotnet publish (?<project>\S+) .*-o (?<output>\S+)");
        Assert.True(publish.Success);
        Assert.Equal("src/MoocBot/MoocBot.csproj", publish.Groups["project"].Value);
        Assert.Equal($"--from=build {publish.Groups["output"].Value} ./", Arguments("COPY").Single(c => c.StartsWith("--from=", StringComparison.Ordinal)));

        var entrypoint = JsonSerializer.Deserialize<string[]>(Arguments("ENTRYPOINT").Single());
        Assert.Equal(["dotnet", DeployFiles.AssemblyName + ".dll"], entrypoint!);
        Assert.Contains($"\"{DeployFiles.AssemblyName}.dll\", \"health\", \"--url\", \"http://127.0.0.1:{Port()}\"", Arguments("HEALTHCHECK").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public void Copies_EveryProjectTheExecutableNeedsBeforeRestoring()
    {
        var restore = _instructions.FindIndex(i => i.Instruction == "RUN" && i.Arguments.StartsWith("dotnet restore", StringComparison.Ordinal));
        var copiedFirst = _instructions.Take(restore).Where(i => i.Instruction == "COPY").SelectMany(i => i.Arguments.Split(' ')[..^1]).ToHashSet();

        Assert.All(ProjectClosure("src/MoocBot/MoocBot.csproj"), project => Assert.Contains(project, copiedFirst));
        Assert.All(new[] { "global.json", "Directory.Build.props", "Directory.Packages.props" }, file => Assert.Contains(file, copiedFirst));
        foreach (var source in _instructions.Where(i => i.Instruction == "COPY" && !i.Arguments.StartsWith("--", StringComparison.Ordinal)).SelectMany(i => i.Arguments.Split(' ')[..^1]))
        {
            Assert.True(Path.Exists(Path.Combine(DeployFiles.RepositoryRoot, source)), $"COPY {source}: no such file in the repository");
        }
    }

    [Fact]
    public void Runtime_IsNotRootAndListensWhereItsHealthCheckAndTheProxyLook()
    {
        Assert.Equal("$APP_UID", Arguments("USER").Single());
        Assert.Equal(Port().ToString(System.Globalization.CultureInfo.InvariantCulture), Arguments("EXPOSE").Single());
        Assert.Contains($"bot-1:{Port()}", DeployFiles.Read("Caddyfile"), StringComparison.Ordinal);
    }

    [Fact]
    public void Ignore_KeepsSecretsAndBuildOutputOutOfTheContext()
    {
        var ignored = DeployFiles.Read("Dockerfile.dockerignore").Split('\n').Select(l => l.Trim()).ToHashSet();

        Assert.Superset(new HashSet<string> { "*.env", "**/bin/", "**/obj/", "*.db", ".git" }, ignored);
        Assert.DoesNotContain("src/", ignored);
        Assert.DoesNotContain("data/", ignored);
    }

    private int Port() =>
        new Uri(Regex.Match(Arguments("ENV").Single(), @"Urls=(\S+)").Groups[1].Value.Replace("+", "localhost", StringComparison.Ordinal)).Port;

    private List<string> Arguments(string instruction) => [.. _instructions.Where(i => i.Instruction == instruction).Select(i => i.Arguments)];

    private static HashSet<string> ProjectClosure(string project)
    {
        var found = new HashSet<string>();
        var pending = new Stack<string>([project]);
        while (pending.TryPop(out var next))
        {
            if (!found.Add(next))
            {
                continue;
            }

            var folder = Path.GetDirectoryName(next)!;
            foreach (var reference in XDocument.Load(Path.Combine(DeployFiles.RepositoryRoot, next)).Descendants("ProjectReference"))
            {
                pending.Push(Path.GetRelativePath(DeployFiles.RepositoryRoot, Path.GetFullPath(Path.Combine(DeployFiles.RepositoryRoot, folder, reference.Attribute("Include")!.Value))).Replace('\\', '/'));
            }
        }

        return found;
    }
}
