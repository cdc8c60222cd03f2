namespace MoocBot.Discord.Rest;

/// <summary>
/// A request's rate-limit identity: the route without ids (<see cref="Template"/>, also what logs show),
/// the top-level resource it is limited per (<see cref="MajorParameter"/>: channel, guild or webhook with
/// its token, never logged) and whether the global limit applies (interaction webhooks are exempt).
/// </summary>
internal sealed record DiscordRoute(string Method, string Template, string MajorParameter, bool CountsGlobally)
{
    private static readonly string[] MajorResources = ["channels", "guilds", "webhooks"];

    /// <summary>"POST /channels/:id/messages"; safe to log: ids and tokens are replaced.</summary>
    public string RouteKey => Method + " " + Template;

    public static DiscordRoute For(HttpMethod method, string path)
    {
        ArgumentNullException.ThrowIfNull(method);
        ArgumentNullException.ThrowIfNull(path);
        var segments = path.Trim('/').Split('/');
        var template = new string[segments.Length];
        var major = new List<string>();
        for (var i = 0; i < segments.Length; i++)
        {
            var segment = segments[i];
            if (i == 1 && MajorResources.Contains(segments[0]))
            {
                major.Add(segment);
                template[i] = ":id";
            }
            else if (i == 2 && segments[0] == "webhooks")
            {
                major.Add(segment);
                template[i] = ":token";
            }
            else if (i == 2 && segments[0] == "interactions")
            {
                template[i] = ":token";
            }
            else
            {
                template[i] = segment.Length > 0 && segment.All(char.IsAsciiDigit) ? ":id" : segment;
            }
        }

        var global = segments[0] is not ("webhooks" or "interactions");
        return new DiscordRoute(method.Method, "/" + string.Join('/', template), string.Join('/', major), global);
    }
}
