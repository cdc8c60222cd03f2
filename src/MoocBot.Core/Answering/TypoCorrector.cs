namespace MoocBot.Core.Answering;

/// <summary>
/// Finds the known word nearest to a misspelt one (symmetric-delete lookup, then the optimal string
/// alignment distance, where a swap of two letters counts as one edit). Words of 5-7 letters may be
/// one edit away, words of 8 or more two; shorter words are never corrected, nor is a first letter.
/// The lookup (about 20,000 deletion keys for the real repository) is built by the first question
/// that has a word to correct, so a process that answers only well-spelt questions never pays for it.
/// </summary>
internal sealed class TypoCorrector
{
    private const int MaxWordLength = 24;
    private readonly List<string> _words = [];
    private readonly HashSet<string> _known = new(StringComparer.Ordinal);
    private DeleteTable? _deletes;

    /// <summary>The edits allowed for a word of this length.</summary>
    public static int AllowedEdits(int length) => length switch
    {
        >= 8 => 2,
        >= 5 => 1,
        _ => 0,
    };

    /// <summary>Adds a correctly spelt word; only before the first <see cref="Correct"/>.</summary>
    public void Add(string word)
    {
        if (word.Length >= 3 && word.Length <= MaxWordLength && _known.Add(word))
        {
            _words.Add(word);
        }
    }

    /// <summary>The known word nearest to <paramref name="word"/> within the allowed edits, or null.</summary>
    public string? Correct(ReadOnlySpan<char> word)
    {
        var allowed = AllowedEdits(word.Length);
        if (allowed == 0 || word.Length > MaxWordLength)
        {
            return null;
        }

        var deletes = LazyInitializer.EnsureInitialized(ref _deletes, BuildDeletes);
        var best = -1;
        var bestDistance = int.MaxValue;
        Span<char> first = stackalloc char[MaxWordLength];
        Span<char> second = stackalloc char[MaxWordLength];
        Consider(deletes, word, word, allowed, ref best, ref bestDistance);
        for (var i = 0; i < word.Length; i++)
        {
            var once = DeleteAt(word, i, first);
            Consider(deletes, once, word, allowed, ref best, ref bestDistance);
            if (allowed < 2)
            {
                continue;
            }

            for (var j = i; j < once.Length; j++)
            {
                Consider(deletes, DeleteAt(once, j, second), word, allowed, ref best, ref bestDistance);
            }
        }

        return best < 0 ? null : _words[best];
    }

    private void Consider(DeleteTable deletes, ReadOnlySpan<char> variant, ReadOnlySpan<char> word, int allowed, ref int best, ref int bestDistance)
    {
        foreach (var index in deletes.Find(Hash(variant)))
        {
            var candidate = _words[index];
            if (index == best || Math.Abs(candidate.Length - word.Length) > allowed)
            {
                continue;
            }

            // People rarely mistype the first letter ("reading" is not "leading"), though they may swap the first two.
            var sameStart = candidate[0] == word[0] || (word.Length > 1 && candidate.Length > 1 && candidate[0] == word[1] && candidate[1] == word[0]);
            if (!sameStart)
            {
                continue;
            }

            var distance = Distance(word, candidate, allowed);
            if (distance > allowed)
            {
                continue;
            }

            var better = distance < bestDistance;
            if (better)
            {
                best = index;
                bestDistance = distance;
            }
        }
    }

    /// <summary>
    /// Every known word under itself and each form with one or two letters deleted (one for words under 6 letters):
    /// the keys and word indices in two arrays sorted by key, instead of a dictionary of lists (about 20,000 lists and
    /// as many arrays for the real repository), so the first question with a typo builds it in a few large allocations.
    /// </summary>
    private DeleteTable BuildDeletes()
    {
        var count = 0;
        foreach (var word in _words)
        {
            count += 1 + word.Length + (word.Length >= 6 ? word.Length * (word.Length - 1) / 2 : 0);
        }

        var keys = new ulong[count];
        var indices = new int[count];
        var next = 0;
        Span<char> first = stackalloc char[MaxWordLength];
        Span<char> second = stackalloc char[MaxWordLength];
        for (var index = 0; index < _words.Count; index++)
        {
            var word = _words[index].AsSpan();
            var maxDeletes = word.Length >= 6 ? 2 : 1;
            keys[next] = Hash(word);
            indices[next++] = index;
            for (var i = 0; i < word.Length; i++)
            {
                var once = DeleteAt(word, i, first);
                keys[next] = Hash(once);
                indices[next++] = index;
                if (maxDeletes < 2)
                {
                    continue;
                }

                for (var j = i; j < once.Length; j++)
                {
                    keys[next] = Hash(DeleteAt(once, j, second));
                    indices[next++] = index;
                }
            }
        }

        return DeleteTable.Create(keys, indices);
    }

    /// <summary>The deletion keys, each with the indices of the words it stands for, in word order without repeats.</summary>
    private sealed class DeleteTable
    {
        private readonly ulong[] _keys;
        private readonly int[] _starts;
        private readonly int[] _indices;

        private DeleteTable(ulong[] keys, int[] starts, int[] indices)
        {
            _keys = keys;
            _starts = starts;
            _indices = indices;
        }

        /// <summary>Sorts the pairs by key, then each key's indices, dropping repeats; the arrays are reused.</summary>
        public static DeleteTable Create(ulong[] keys, int[] indices)
        {
            Array.Sort(keys, indices);
            var unique = 0;
            var written = 0;
            var starts = new List<int>(keys.Length / 2);
            for (var run = 0; run < keys.Length;)
            {
                var end = run + 1;
                while (end < keys.Length && keys[end] == keys[run])
                {
                    end++;
                }

                var words = indices.AsSpan(run, end - run);
                words.Sort();
                starts.Add(written);
                keys[unique++] = keys[run];
                for (var i = 0; i < words.Length; i++)
                {
                    if (i == 0 || words[i] != words[i - 1])
                    {
                        indices[written++] = words[i];
                    }
                }

                run = end;
            }

            starts.Add(written);
            return new DeleteTable(keys[..unique], [.. starts], indices[..written]);
        }

        /// <summary>The indices of the words <paramref name="key"/> stands for; empty when none.</summary>
        public ReadOnlySpan<int> Find(ulong key)
        {
            var at = Array.BinarySearch(_keys, key);
            return at < 0 ? [] : _indices.AsSpan(_starts[at], _starts[at + 1] - _starts[at]);
        }
    }

    private static ReadOnlySpan<char> DeleteAt(ReadOnlySpan<char> word, int index, Span<char> buffer)
    {
        word[..index].CopyTo(buffer);
        word[(index + 1)..].CopyTo(buffer[index..]);
        return buffer[..(word.Length - 1)];
    }

    private static ulong Hash(ReadOnlySpan<char> s)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in s)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return hash ^ (ulong)s.Length;
    }

    /// <summary>Optimal string alignment distance, stopping early once it exceeds <paramref name="limit"/>.</summary>
    internal static int Distance(ReadOnlySpan<char> a, ReadOnlySpan<char> b, int limit)
    {
        if (a.Length > MaxWordLength || b.Length > MaxWordLength)
        {
            return int.MaxValue;
        }

        Span<int> previous2 = stackalloc int[MaxWordLength + 1];
        Span<int> previous = stackalloc int[MaxWordLength + 1];
        Span<int> current = stackalloc int[MaxWordLength + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, previous2[j - 2] + 1);
                }

                current[j] = value;
                rowMin = Math.Min(rowMin, value);
            }

            if (rowMin > limit)
            {
                return int.MaxValue;
            }

            var recycled = previous2;
            previous2 = previous;
            previous = current;
            current = recycled;
        }

        return previous[b.Length];
    }
}
