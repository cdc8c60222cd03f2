using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace MoocBot.Discord.Tests.Fakes;

/// <summary>
/// Discord's REST API on 127.0.0.1: records every request, enforces the message limits Discord enforces
/// (400 "Invalid Form Body" like Discord), answers scripted responses (429s, X-RateLimit-* headers) first,
/// keeps the application's commands so GET returns what the last PUT stored, answers 10008 Unknown
/// Message for an interaction response that was deleted, and 10015 Unknown Webhook for one it has not had yet.
/// </summary>
internal sealed class FakeDiscordRestServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();
    private readonly List<ScriptedResponse> _script = [];
    private readonly List<(Func<RecordedRequest, bool> Match, TaskCompletionSource<RecordedRequest> Signal)> _waiters = [];
    private readonly Lock _lock = new();
    private readonly HashSet<string> _deletedOriginals = new(StringComparer.Ordinal);
    private readonly HashSet<string> _undeliveredResponses = new(StringComparer.Ordinal);
    private long _nextId = 1300000000000000001;

    private readonly TimeProvider _time;

    private FakeDiscordRestServer(WebApplication app, TimeProvider time)
    {
        _app = app;
        _time = time;
    }

    public Uri BaseUrl { get; private set; } = null!;

    public IReadOnlyList<RecordedRequest> Requests => [.. _requests];

    /// <summary>The commands Discord "has"; tests may preset them.</summary>
    public JsonArray Commands { get; set; } = [];

    /// <summary>Headers added to every answer, e.g. X-RateLimit-Remaining.</summary>
    public Dictionary<string, string> DefaultHeaders { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Starts the server; <paramref name="time"/> stamps each recorded request (the bot's fake time, where a test has one).</summary>
    public static async Task<FakeDiscordRestServer> StartAsync(TimeProvider? time = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new FakeDiscordRestServer(app, time ?? TimeProvider.System);
        app.Run(server.HandleAsync);
        await app.StartAsync();
        var address = app.Urls.First();
        server.BaseUrl = new Uri(address + "/api/v10");
        return server;
    }

    public void Enqueue(ScriptedResponse response)
    {
        lock (_lock)
        {
            _script.Add(response);
        }
    }

    /// <summary>
    /// Until <see cref="ResponseDelivered"/>, Discord has not had the response to the interaction with this token, and
    /// answers 404 Unknown Webhook to its webhook routes (edit, delete, follow-up) as the real one does.
    /// </summary>
    public void ResponseUndelivered(string interactionToken)
    {
        lock (_lock)
        {
            _undeliveredResponses.Add(interactionToken);
        }
    }

    public void ResponseDelivered(string interactionToken)
    {
        lock (_lock)
        {
            _undeliveredResponses.Remove(interactionToken);
        }
    }

    /// <summary>Completes with the first request (already received or still to come) that matches.</summary>
    public Task<RecordedRequest> WaitForRequestAsync(Func<RecordedRequest, bool> match)
    {
        lock (_lock)
        {
            if (_requests.FirstOrDefault(match) is { } seen)
            {
                return Task.FromResult(seen);
            }

            var signal = new TaskCompletionSource<RecordedRequest>(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((match, signal));
            return signal.Task.WaitAsync(TimeSpan.FromSeconds(30));
        }
    }

    public Task<RecordedRequest> WaitForRequestAsync(string method, string pathContains, int status = 200) =>
        WaitForRequestAsync(r => r.Method == method && r.Path.Contains(pathContains, StringComparison.Ordinal) && r.Status == status);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        var (body, files) = await ReadBodyAsync(context.Request);
        var path = context.Request.Path.Value ?? string.Empty;
        var prefix = BaseUrl.AbsolutePath;
        if (path.StartsWith(prefix, StringComparison.Ordinal))
        {
            path = path[prefix.Length..];
        }

        var headers = context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        var request = new RecordedRequest(context.Request.Method, path, headers, body, _time.GetUtcNow()) { Files = files };
        var (status, responseBody, extraHeaders) = Answer(request);
        request.Status = status;

        foreach (var (name, value) in DefaultHeaders.Concat(extraHeaders))
        {
            context.Response.Headers[name] = value;
        }

        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        Record(request);
        if (responseBody.Length > 0)
        {
            await context.Response.WriteAsync(responseBody);
        }
    }

    /// <summary>
    /// The JSON body; for multipart/form-data (Discord's file uploads) the payload_json part, and the file parts.
    /// </summary>
    private static async Task<(string Body, IReadOnlyList<RecordedFile> Files)> ReadBodyAsync(HttpRequest request)
    {
        if (!request.HasFormContentType)
        {
            using var reader = new StreamReader(request.Body);
            return (await reader.ReadToEndAsync(), []);
        }

        var form = await request.ReadFormAsync();
        var files = new List<RecordedFile>();
        foreach (var file in form.Files)
        {
            using var buffer = new MemoryStream();
            await file.CopyToAsync(buffer);
            files.Add(new RecordedFile(file.Name, file.FileName, file.ContentType, buffer.ToArray()));
        }

        return (form["payload_json"].ToString(), files);
    }

    private void Record(RecordedRequest request)
    {
        List<TaskCompletionSource<RecordedRequest>> toSignal = [];
        lock (_lock)
        {
            _requests.Enqueue(request);
            foreach (var waiter in _waiters.Where(w => w.Match(request)).ToList())
            {
                _waiters.Remove(waiter);
                toSignal.Add(waiter.Signal);
            }
        }

        foreach (var signal in toSignal)
        {
            signal.TrySetResult(request);
        }
    }

    private (int Status, string Body, IReadOnlyDictionary<string, string> Headers) Answer(RecordedRequest request)
    {
        if (!request.Headers.TryGetValue("Authorization", out var authorization) || !authorization.StartsWith("Bot ", StringComparison.Ordinal))
        {
            return (401, """{"message":"401: Unauthorized","code":0}""", new Dictionary<string, string>());
        }

        lock (_lock)
        {
            var scripted = _script.FirstOrDefault(s => s.Method == request.Method && request.Path.StartsWith(s.PathPrefix, StringComparison.Ordinal));
            if (scripted is not null)
            {
                _script.Remove(scripted);
                return (scripted.Status, scripted.Body, scripted.Headers);
            }
        }

        var none = new Dictionary<string, string>();
        var segments = request.Path.Trim('/').Split('/');
        switch (request.Method)
        {
            case "GET" when segments[^1] == "commands":
                return (200, Commands.ToJsonString(), none);

            case "PUT" when segments[^1] == "commands":
                var commands = JsonNode.Parse(request.Body)!.AsArray();
                if (HasUnknownLocale(commands))
                {
                    return (400, """{"code":50035,"message":"Invalid Form Body","errors":{"name_localizations":{"_errors":[{"code":"LOCALE_INVALID"}]}}}""", none);
                }

                foreach (var command in commands)
                {
                    // Discord adds ids and versions and leaves out false flags.
                    command!["id"] = NextId();
                    command["application_id"] = segments[1];
                    command["version"] = NextId();
                    command["default_member_permissions"] = null;
                    command["nsfw"] = false;
                }

                Commands = commands;
                return (200, commands.ToJsonString(), none);

            case "PATCH" or "DELETE" or "POST" when segments is ["webhooks", _, var token, ..] && ResponseUndeliveredFor(token):
                return (404, """{"message":"Unknown Webhook","code":10015}""", none);

            case "PATCH" or "DELETE" when segments is ["webhooks", _, var token, "messages", "@original"] && OriginalDeleted(token):
                return (404, """{"message":"Unknown Message","code":10008}""", none);

            case "DELETE" when segments is ["webhooks", _, var token, "messages", "@original"]:
                lock (_lock)
                {
                    _deletedOriginals.Add(token);
                }

                return (204, string.Empty, none);

            case "POST" when segments is ["channels", _, "messages"]:
            case "POST" when segments is ["webhooks", _, _]:
            case "PATCH" when segments is ["webhooks", _, _, "messages", "@original"]:
                if (MessageProblems(request.Body, request.Files) is { } problem)
                {
                    return (400, JsonSerializer.Serialize(new { code = 50035, message = "Invalid Form Body", errors = problem }), none);
                }

                return (200, $$"""{"id":"{{NextId()}}","channel_id":"{{segments[1]}}","content":""}""", none);

            default:
                return (404, """{"message":"404: Not Found","code":0}""", none);
        }
    }

    private bool ResponseUndeliveredFor(string token)
    {
        lock (_lock)
        {
            return _undeliveredResponses.Contains(token);
        }
    }

    private bool OriginalDeleted(string token)
    {
        lock (_lock)
        {
            return _deletedOriginals.Contains(token);
        }
    }

    private string NextId() => Interlocked.Increment(ref _nextId).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The limits Discord checks on a message body; null when it would be accepted.</summary>
    private static string? MessageProblems(string body, IReadOnlyList<RecordedFile> files)
    {
        JsonElement root;
        try
        {
            root = JsonDocument.Parse(body).RootElement;
        }
        catch (JsonException)
        {
            return files.Count > 0 ? "payload_json is missing or not JSON" : "body is not JSON";
        }

        if (AttachmentProblems(root, files) is { } attachmentProblem)
        {
            return attachmentProblem;
        }

        static int Length(JsonElement element, string name) =>
            element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()!.Length : 0;

        var content = Length(root, "content");
        var hasEmbeds = root.TryGetProperty("embeds", out var embeds) && embeds.GetArrayLength() > 0;
        if (content == 0 && !hasEmbeds && files.Count == 0)
        {
            return "Cannot send an empty message";
        }

        if (content > 2000)
        {
            return "content: Must be 2000 or fewer in length.";
        }

        if (hasEmbeds)
        {
            if (embeds.GetArrayLength() > 10)
            {
                return "embeds: at most 10";
            }

            var total = 0;
            foreach (var embed in embeds.EnumerateArray())
            {
                var title = Length(embed, "title");
                var description = Length(embed, "description");
                if (title > 256 || description > 4096)
                {
                    return "embed title or description too long";
                }

                total += title + description;
                if (embed.TryGetProperty("fields", out var fields))
                {
                    if (fields.GetArrayLength() > 25)
                    {
                        return "embed: at most 25 fields";
                    }

                    foreach (var field in fields.EnumerateArray())
                    {
                        var name = Length(field, "name");
                        var value = Length(field, "value");
                        if (name is 0 or > 256 || value is 0 or > 1024)
                        {
                            return "embed field name or value length";
                        }

                        total += name + value;
                    }
                }

                if (embed.TryGetProperty("footer", out var footer))
                {
                    var text = Length(footer, "text");
                    if (text > 2048)
                    {
                        return "embed footer too long";
                    }

                    total += text;
                }
            }

            if (total > 6000)
            {
                return "embeds: 6000 characters in all";
            }
        }

        if (root.TryGetProperty("components", out var rows))
        {
            if (rows.GetArrayLength() > 5)
            {
                return "components: at most 5 rows";
            }

            foreach (var row in rows.EnumerateArray())
            {
                var buttons = row.GetProperty("components");
                if (buttons.GetArrayLength() > 5)
                {
                    return "components: at most 5 buttons a row";
                }

                foreach (var button in buttons.EnumerateArray())
                {
                    if (Length(button, "custom_id") is 0 or > 100 || Length(button, "label") > 80)
                    {
                        return "button custom_id or label length";
                    }
                }
            }
        }

        return null;
    }

    /// <summary>
    /// Discord's rules for uploads: each file part is files[n] and the attachments array names it (id n, its file
    /// name); an embed's "attachment://name" must be a file uploaded with the same message.
    /// </summary>
    private static string? AttachmentProblems(JsonElement root, IReadOnlyList<RecordedFile> files)
    {
        var declared = new Dictionary<int, string>();
        if (root.TryGetProperty("attachments", out var attachments))
        {
            foreach (var attachment in attachments.EnumerateArray())
            {
                var id = attachment.GetProperty("id").ValueKind == JsonValueKind.String
                    ? int.Parse(attachment.GetProperty("id").GetString()!, System.Globalization.CultureInfo.InvariantCulture)
                    : attachment.GetProperty("id").GetInt32();
                declared[id] = attachment.TryGetProperty("filename", out var name) ? name.GetString() ?? string.Empty : string.Empty;
                if (attachment.TryGetProperty("description", out var description) && description.GetString()!.Length > 1024)
                {
                    return "attachments: description must be 1024 or fewer in length";
                }
            }
        }

        foreach (var file in files)
        {
            if (!file.Name.StartsWith("files[", StringComparison.Ordinal) || !file.Name.EndsWith(']')
                || !int.TryParse(file.Name[6..^1], System.Globalization.CultureInfo.InvariantCulture, out var index))
            {
                return $"file part {file.Name}: expected files[n]";
            }

            if (!declared.ContainsKey(index))
            {
                return $"attachments: no attachment with id {index} for {file.Name}";
            }
        }

        foreach (var id in declared.Keys)
        {
            if (!files.Any(f => f.Name == $"files[{id}]"))
            {
                return $"attachments[{id}]: no file part files[{id}] was uploaded";
            }
        }

        if (root.TryGetProperty("embeds", out var embeds))
        {
            foreach (var embed in embeds.EnumerateArray())
            {
                if (embed.TryGetProperty("image", out var image) && image.GetProperty("url").GetString() is { } url
                    && url.StartsWith("attachment://", StringComparison.Ordinal)
                    && !files.Any(f => f.FileName == url["attachment://".Length..]))
                {
                    return $"embed image {url}: no such file uploaded with this message";
                }
            }
        }

        return null;
    }

    // The locales Discord accepts for localizations (a few of them; the bot uses only zh-CN).
    private static readonly HashSet<string> KnownLocales = ["zh-CN", "zh-TW", "en-US", "en-GB", "ja", "ko", "fr", "de", "es-ES"];

    private static bool HasUnknownLocale(JsonArray? items) =>
        items is not null && items.Any(item => item is JsonObject o
            && (Unknown(o["name_localizations"]) || Unknown(o["description_localizations"]) || HasUnknownLocale(o["options"] as JsonArray)));

    private static bool Unknown(JsonNode? localizations) =>
        localizations is JsonObject map && map.Any(p => !KnownLocales.Contains(p.Key));
}
