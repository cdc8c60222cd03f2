using System.Text;
using MoocBot.Core.Answering;
using MoocBot.Core.Conversations;
using MoocBot.Core.Facts;

namespace MoocBot.Core.Asking;

/// <summary>
/// <c>ask --json</c> without a conversation, and <c>explain</c>: read the facts, build the answerer and the composer,
/// answer, write. The one composition that both <c>moocbot ask --json</c> and the small native <c>moocbot-ask</c> run,
/// so their output is the same by construction; it needs no host, no dependency injection, logging or store, which
/// is what lets <c>moocbot-ask</c> leave out everything but Core (README, issue 11).
/// </summary>
public static class JsonAsk
{
    public const int Ok = 0;
    public const int Failure = 1;

    private const int BufferSize = 64 * 1024;
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private static readonly byte[] NewLine = Utf8.GetBytes(Environment.NewLine);

    /// <summary>The answerer every command-line verb answers with: the system clock reads "last year".</summary>
    public static FactAnswerer CreateAnswerer(FactRepository repository) => new(repository, TimeProvider.System);

    /// <summary>The writer of <c>ask --json</c> lines over <paramref name="repository"/>.</summary>
    public static AnswerJsonWriter CreateWriter(FactRepository repository) => new(CreateAnswerer(repository), new ReplyComposer(repository));

    /// <summary>
    /// Answers <paramref name="question"/>, or with an empty question each line of <paramref name="input"/>, as
    /// <c>ask --json</c> lines from the repository at <paramref name="factsPath"/> (checked unless this version passed
    /// with this build before). Returns the exit code.
    /// </summary>
    public static async Task<int> RunAsync(string factsPath, string question, bool flush, TextReader input, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        if (RepositoryCheck.Load(factsPath, error, trustRecordedPass: true) is not { } repository)
        {
            return Failure;
        }

        var writer = CreateWriter(repository);
        StartupTrace.Mark("index built");
        if (question.Length == 0 && !flush && ReferenceEquals(output, Console.Out) && Console.IsOutputRedirected)
        {
            await using var standardOutput = Console.OpenStandardOutput();
            WriteLinesUtf8(writer, input, standardOutput, cancellationToken);
            StartupTrace.Mark("all written");
            return Ok;
        }

        return await WriteLinesAsync(question, line => Task.FromResult(writer.Write(line)), flush, input, output, cancellationToken);
    }

    /// <summary>
    /// Questions from standard input into a pipe or file: each JSON line goes from the writer's UTF-8 buffer into 64 KB
    /// blocks written as they fill, the bytes <see cref="WriteLinesAsync"/> would write without a string per line in
    /// between, and without the thread-pool hop of an asynchronous write to the console stream.
    /// </summary>
    private static void WriteLinesUtf8(AnswerJsonWriter writer, TextReader input, Stream output, CancellationToken cancellationToken)
    {
        var block = new byte[BufferSize];
        var used = 0;
        while (input.ReadLine() is { } line)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var json = writer.WriteUtf8(line).Span;
            if (used + json.Length + NewLine.Length > block.Length)
            {
                output.Write(block, 0, used);
                used = 0;
            }

            if (json.Length + NewLine.Length > block.Length)
            {
                output.Write(json);
                output.Write(NewLine);
                continue;
            }

            json.CopyTo(block.AsSpan(used));
            used += json.Length;
            NewLine.CopyTo(block.AsSpan(used));
            used += NewLine.Length;
        }

        output.Write(block, 0, used);
        output.Flush();
    }

    /// <summary><c>explain</c>: how <paramref name="question"/> is read, scored and decided, over the repository at <paramref name="factsPath"/>.</summary>
    public static async Task<int> ExplainAsync(string factsPath, string question, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (RepositoryCheck.Load(factsPath, error, trustRecordedPass: true) is not { } repository)
        {
            return Failure;
        }

        await output.WriteLineAsync(CreateAnswerer(repository).Explain(question).Trace);
        return Ok;
    }

    /// <summary>
    /// The question's JSON line, or with no question one line per line of standard input. Console.Out writes through
    /// on every call, a long line in 256-byte pieces; into a file or a pipe the lines go out in 64 KB blocks instead,
    /// while a terminal, or <paramref name="flush"/>, still gets each line as it is answered (DESIGN's contract).
    /// </summary>
    public static async Task<int> WriteLinesAsync(string question, Func<string, Task<string>> answer, bool flush, TextReader input, TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(answer);
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        if (question.Length > 0)
        {
            var line = await answer(question);
            StartupTrace.Mark("answered");
            await output.WriteLineAsync(line);
            await output.FlushAsync(cancellationToken);
            StartupTrace.Mark("written");
            return Ok;
        }

        var console = ReferenceEquals(output, Console.Out);
        var flushEachLine = flush || (console && !Console.IsOutputRedirected);
        await using var buffered = console && !flushEachLine ? new StreamWriter(Console.OpenStandardOutput(), Utf8, BufferSize) : null;
        var lines = buffered ?? output;
        while (await input.ReadLineAsync(cancellationToken) is { } line)
        {
            await lines.WriteLineAsync(await answer(line));
            if (flushEachLine)
            {
                await lines.FlushAsync(cancellationToken);
            }
        }

        await lines.FlushAsync(cancellationToken);
        StartupTrace.Mark("all written");
        return Ok;
    }
}
