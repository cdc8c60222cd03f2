using MoocBot.Core.Facts;

namespace MoocBot.Core.Answering;

/// <summary>
/// The answerer's vocabulary: stems, the synonym and marker phrases of the repository's <see cref="Vocabulary"/>,
/// every word of the facts, and the typo corrector over them. <see cref="Analyze"/> reads a text
/// into concepts, figures and markers; questions and facts go through the same steps so they meet.
/// </summary>
internal sealed class Lexicon
{
    private readonly Dictionary<string, int> _stems = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _stemLookup;
    private readonly List<string> _stemTexts = [];
    private readonly List<Term> _singleTerms = [];
    private readonly Dictionary<long, int> _trie = [];
    private readonly List<Term> _trieTerms = [Term.Stop];
    private readonly Dictionary<string, Term> _cjk = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Term>.AlternateLookup<ReadOnlySpan<char>> _cjkLookup;
    private readonly TypoCorrector _typos = new();
    private readonly AnsweringWeights _weights;
    private readonly HashSet<int> _attribution = [];
    private readonly HashSet<int> _yesNoOpeners = [];
    private readonly HashSet<int> _beVerbs = [];
    // The words of the facts as written, sorted once by Build: a set with a span lookup meets a repeated word without
    // making a string of it (most of the words the index learns are repeats).
    private readonly HashSet<string> _surfaceWords = new(StringComparer.Ordinal);
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _surfaceLookup;
    private readonly Term _rank;
    private readonly int _numberStem;
    private readonly int _noStem;
    private readonly int _peopleConcept;
    private readonly int _timeConcept;
    private readonly int _whatStem;
    private readonly int _whatsStem;
    private readonly int _dataConcept;
    private string[] _sortedSurface = [];
    private int _maxCjkLength = 1;
    private int _maxPhraseWords = 1;

    /// <summary>
    /// The sections of the vocabulary file that mark what a phrase says about a question, in the order they are
    /// read (a phrase in several sections takes every mark).
    /// </summary>
    private static readonly (string Section, TermFlags Flags)[] MarkerSections =
    [
        (VocabularySections.StopWords, TermFlags.Stop),
        (VocabularySections.CountWords, TermFlags.Stop | TermFlags.Count),
        (VocabularySections.WhenWords, TermFlags.Stop | TermFlags.When),
        (VocabularySections.WhoWords, TermFlags.Stop | TermFlags.Who),
        (VocabularySections.WhichWords, TermFlags.Stop | TermFlags.Which),
        (VocabularySections.WhereWords, TermFlags.Stop | TermFlags.Where),
        (VocabularySections.ShareWords, TermFlags.Share),
        (VocabularySections.NotAFigureWords, TermFlags.Stop | TermFlags.NotAFigure),
        (VocabularySections.ReasonWords, TermFlags.Stop | TermFlags.NotAFigure | TermFlags.Reason),
        (VocabularySections.RatioWords, TermFlags.Stop | TermFlags.Ratio),
        (VocabularySections.FutureWords, TermFlags.Stop | TermFlags.Future),
        (VocabularySections.ForeignPlaces, TermFlags.Foreign),
        (VocabularySections.NationalWords, TermFlags.Stop | TermFlags.National),
        (VocabularySections.ChinaNames, TermFlags.Stop | TermFlags.NamesChina),
    ];

    /// <summary>Builds the lexicon from a repository's vocabulary (see <c>data/vocabulary.txt</c> for what each section is for).</summary>
    public Lexicon(Vocabulary vocabulary, AnsweringWeights weights)
    {
        ArgumentNullException.ThrowIfNull(vocabulary);
        _weights = weights;
        _stemLookup = _stems.GetAlternateLookup<ReadOnlySpan<char>>();
        _cjkLookup = _cjk.GetAlternateLookup<ReadOnlySpan<char>>();
        _surfaceLookup = _surfaceWords.GetAlternateLookup<ReadOnlySpan<char>>();
        var light = vocabulary.Phrases(VocabularySections.LightVerbs).ToHashSet(StringComparer.Ordinal);
        var attribution = vocabulary.Phrases(VocabularySections.SourceWords).ToHashSet(StringComparer.Ordinal);
        foreach (var line in vocabulary.Lines(VocabularySections.Synonyms))
        {
            AddSynonyms(line, light.Contains(line.Concept), attribution.Contains(line.Concept));
        }

        foreach (var (section, flags) in MarkerSections)
        {
            foreach (var phrase in vocabulary.Phrases(section))
            {
                AddPhrase(phrase, new Term(-1, -1, flags));
            }
        }

        foreach (var word in vocabulary.Phrases(VocabularySections.UnrelatedWords))
        {
            if (TextFolder.IsCjk(word[0]))
            {
                // A Chinese word has no stem to keep from typo correction; it is known as a word no fact uses.
                AddPhrase(word, new Term(-1, -1, TermFlags.Unknown));
                continue;
            }

            StemIdsOf(word);
        }

        foreach (var opener in vocabulary.Phrases(VocabularySections.YesNoOpeners))
        {
            _yesNoOpeners.Add(StemIdOf(opener));
        }

        foreach (var verb in vocabulary.Phrases(VocabularySections.BeVerbs))
        {
            _beVerbs.Add(StemIdOf(verb));
        }

        _whatStem = StemIdOf("what");
        _whatsStem = StemIdOf("whats");
        _dataConcept = SingleTerm(StemIdOf("data")).Concept;
        _rank = new Term(StemIdOf("rank"), -1, TermFlags.Content);
        _numberStem = StemIdOf("number");
        _noStem = StemIdOf("no");
        _timeConcept = StemIdOf("time");
        PeopleConcepts = [.. vocabulary.Phrases(VocabularySections.PeopleConcepts).Select(StemIdOf)];
        _peopleConcept = PeopleConcepts.Length > 0 ? PeopleConcepts[0] : StemIdOf("people");
        ScopeConcepts = [.. vocabulary.Phrases(VocabularySections.ScopeConcepts).Select(StemIdOf)];
        RegionalScopeConcepts = [.. vocabulary.Phrases(VocabularySections.RegionalScopeConcepts).Select(StemIdOf)];
        WorldConcepts = [.. vocabulary.Phrases(VocabularySections.WorldConcepts).Select(StemIdOf)];
        CountryConcept = StemIdOf("country");
    }

    /// <summary>The concepts that are kinds of people: "how many people" may mean any of them.</summary>
    public int[] PeopleConcepts { get; }

    /// <summary>The concepts that narrow a figure to part of the whole (the vocabulary's scope-concepts).</summary>
    public int[] ScopeConcepts { get; }

    /// <summary>The scope concepts that are parts of China (the vocabulary's regional-scope-concepts).</summary>
    public int[] RegionalScopeConcepts { get; }

    /// <summary>The scope concepts naming the whole world ("world", "worldwide").</summary>
    public int[] WorldConcepts { get; }

    /// <summary>The concept of "country", a part of the world.</summary>
    public int CountryConcept { get; }

    /// <summary>Whether a whole word is a stop word or a question word ("how", "when").</summary>
    public bool IsStopWord(ReadOnlySpan<char> word)
    {
        Span<char> stem = stackalloc char[EnglishStemmer.MaxWordLength];
        return _stemLookup.TryGetValue(stem[..EnglishStemmer.Stem(word, stem)], out var id)
            && SingleTerm(id) is { Concept: < 0 } term
            && (term.Flags & TermFlags.Stop) != 0;
    }

    /// <summary>Whether a concept names the source of the figures (the newspaper, the ministry, the reporter).</summary>
    public bool IsAttribution(int concept) => _attribution.Contains(concept);

    /// <summary>The concept of ranks ("first", "number one").</summary>
    public int RankConcept => _rank.Concept;

    /// <summary>How many concept ids exist (concept ids are stem ids).</summary>
    public int ConceptCount => _stemTexts.Count;

    /// <summary>The stem a concept id stands for (for diagnostics).</summary>
    public string ConceptText(int concept) => concept >= 0 && concept < _stemTexts.Count ? _stemTexts[concept] : "?";

    /// <summary>Adds the words of a fact's text so that questions can meet them and typos can be corrected to them.</summary>
    public void Learn(string text)
    {
        var buffer = new char[text.Length * TextFolder.MaxExpansion];
        var folded = buffer.AsSpan(0, TextFolder.Fold(text, buffer));
        var tokens = new LexToken[Math.Max(1, folded.Length)];
        var count = Lexer.Lex(folded, tokens);
        Span<char> stem = stackalloc char[EnglishStemmer.MaxWordLength];
        for (var i = 0; i < count; i++)
        {
            if (tokens[i].Kind != LexKind.Word)
            {
                continue;
            }

            var word = folded.Slice(tokens[i].Start, tokens[i].Length);
            AddSurface(word);
            GetOrAddStem(stem[..EnglishStemmer.Stem(word, stem)]);
        }
    }

    /// <summary>
    /// Makes each stretch of a Chinese alias that no known phrase covers ("丁雅诵", "使用") a phrase of its own, so a
    /// question with the same words meets the alias: Chinese text has no spaces to find words by, and the alias's
    /// writer chose where it starts and ends. Single characters stay unknown, as they are too easily part of other words.
    /// </summary>
    public void LearnChineseAlias(string alias)
    {
        var buffer = new char[alias.Length * TextFolder.MaxExpansion];
        var folded = buffer.AsSpan(0, TextFolder.Fold(alias, buffer));
        var tokens = new LexToken[Math.Max(1, folded.Length)];
        var count = Lexer.Lex(folded, tokens);
        for (var t = 0; t < count; t++)
        {
            if (tokens[t].Kind != LexKind.Cjk)
            {
                continue;
            }

            var run = folded.Slice(tokens[t].Start, tokens[t].Length);
            var uncoveredFrom = -1;
            var i = 0;
            while (i < run.Length)
            {
                var known = LongestKnownCjk(run[i..]);
                if (known == 0)
                {
                    uncoveredFrom = uncoveredFrom < 0 ? i : uncoveredFrom;
                    i++;
                    continue;
                }

                LearnStretch(run, uncoveredFrom, i);
                uncoveredFrom = -1;
                i += known;
            }

            LearnStretch(run, uncoveredFrom, run.Length);
        }
    }

    private void LearnStretch(ReadOnlySpan<char> run, int from, int to)
    {
        if (from < 0)
        {
            return;
        }

        var stretch = run[from..to].Trim('的');
        if (stretch.Length >= 2)
        {
            var phrase = stretch.ToString();
            AddPhrase(phrase, new Term(GetOrAddStem(stretch), -1, TermFlags.Content));
        }
    }

    private int LongestKnownCjk(ReadOnlySpan<char> text)
    {
        for (var length = Math.Min(_maxCjkLength, text.Length); length >= 1; length--)
        {
            if (_cjkLookup.ContainsKey(text[..length]))
            {
                return length;
            }
        }

        return 0;
    }

    /// <summary>Freezes the completion list after the last <see cref="Learn"/>; the typo corrector builds its lookup when first asked.</summary>
    public void Build()
    {
        _sortedSurface = [.. _surfaceWords];
        Array.Sort(_sortedSurface, StringComparer.Ordinal);
        _surfaceWords.Clear();
    }

    /// <summary>Reads <paramref name="text"/> with the working memory <paramref name="result"/>.</summary>
    /// <remarks>
    /// A <paramref name="question"/> may have typos, read as the known words nearest to them, and
    /// names what it counts differently from a fact's text (see <see cref="TrackHead"/>).
    /// </remarks>
    public Analysis Analyze(ReadOnlySpan<char> text, AnalysisBuilder result, bool question)
    {
        result.Reset();
        result.HeadState = 1;
        if (text.Length > result.Capacity)
        {
            text = text[..result.Capacity];
        }

        var folded = result.Folded.AsSpan(0, TextFolder.Fold(text, result.Folded));
        var tokens = result.Tokens;
        var count = Lexer.Lex(folded, tokens);
        ResolveStems(folded, result, count, question);
        if (count > 0 && tokens[0].Kind == LexKind.Word && _yesNoOpeners.Contains(result.StemIds[0]))
        {
            result.AddFlags(TermFlags.YesNo);
        }

        result.AsksWhatItIs = OpensWithWhatIs(result, count);

        var i = 0;
        var dateSuffixAt = -1;
        while (i < count)
        {
            var token = tokens[i];
            switch (token.Kind)
            {
                case LexKind.Number when IsChineseDatePart(folded, token):
                    // "2022年11月": the 年 and 月 name the date's parts, not a question about a year or a month.
                    dateSuffixAt = token.Start + token.Length;
                    if (!token.IsYearLike)
                    {
                        i++;
                        continue;
                    }

                    result.AddFigure(token);
                    EndHead(result);
                    i++;
                    continue;
                case LexKind.Cjk when token.Start == dateSuffixAt:
                    AnalyzeCjk(folded.Slice(token.Start + 1, token.Length - 1), result);
                    i++;
                    continue;
                case LexKind.Number:
                    result.AddFigure(token);
                    if (IsNumberOne(result, i))
                    {
                        Apply(_rank, result, 1f);
                    }

                    EndHead(result);
                    i++;
                    continue;
                case LexKind.Cjk:
                    AnalyzeCjk(folded.Slice(token.Start, token.Length), result);
                    i++;
                    continue;
            }

            var stemId = result.StemIds[i];
            if (stemId == _numberStem)
            {
                result.NamesQuantity = true;
            }

            if (stemId < 0)
            {
                if (token.Length >= 3)
                {
                    result.UnknownCount++;
                    result.AddFlags(TermFlags.Unknown);
                }

                i++;
                continue;
            }

            var (term, length) = MatchPhrase(result, i, count);
            var corrected = false;
            for (var k = i; k < i + length; k++)
            {
                corrected |= result.Corrected[k];
            }

            Apply(term, result, corrected ? _weights.CorrectedWord : 1f);
            TrackHead(term, result, factText: !question);
            if (question && IsPlural(folded.Slice(tokens[i + length - 1].Start, tokens[i + length - 1].Length)))
            {
                // "How many countries recognise credits": the plural noun closes what is counted; a
                // modifier before it is singular ("MOOC students", "platform visits").
                result.HeadIsPlural |= result.HeadState == 1 && result.HeadCount > 0;
                EndHead(result);
            }
            if (corrected)
            {
                result.AddFlags(TermFlags.Corrected);
            }

            i += length;
        }

        result.NamesQuantity |= result.HasConcept(_dataConcept);
        return result.Build();
    }

    private bool OpensWithWhatIs(AnalysisBuilder result, int count)
    {
        var tokens = result.Tokens;
        if (count == 0 || tokens[0].Kind != LexKind.Word)
        {
            return false;
        }

        var first = result.StemIds[0];
        return first == _whatsStem
            || (first == _whatStem && count > 1 && tokens[1].Kind == LexKind.Word && _beVerbs.Contains(result.StemIds[1]));
    }

    /// <summary>Concepts of known words starting with <paramref name="prefix"/> (autocomplete); returns how many were written.</summary>
    public int Complete(ReadOnlySpan<char> prefix, Span<int> concepts)
    {
        if (prefix.IsEmpty || concepts.IsEmpty)
        {
            return 0;
        }

        var key = prefix.ToString();
        var lo = 0;
        var hi = _sortedSurface.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (string.CompareOrdinal(_sortedSurface[mid], key) < 0)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        var n = 0;
        Span<char> stem = stackalloc char[EnglishStemmer.MaxWordLength];
        for (var i = lo; i < _sortedSurface.Length && n < concepts.Length && _sortedSurface[i].AsSpan().StartsWith(prefix); i++)
        {
            if (!_stemLookup.TryGetValue(stem[..EnglishStemmer.Stem(_sortedSurface[i], stem)], out var id))
            {
                continue;
            }

            var term = SingleTerm(id);
            if (term.Concept >= 0 && concepts[..n].IndexOf(term.Concept) < 0)
            {
                concepts[n++] = term.Concept;
            }
        }

        return n;
    }

    private void ResolveStems(ReadOnlySpan<char> folded, AnalysisBuilder result, int count, bool question)
    {
        Span<char> stem = stackalloc char[EnglishStemmer.MaxWordLength];
        for (var i = 0; i < count; i++)
        {
            var token = result.Tokens[i];
            result.StemIds[i] = -1;
            result.Corrected[i] = false;
            if (token.Kind != LexKind.Word)
            {
                continue;
            }

            var word = folded.Slice(token.Start, token.Length);
            if (_stemLookup.TryGetValue(stem[..EnglishStemmer.Stem(word, stem)], out var id))
            {
                result.StemIds[i] = id;
                continue;
            }

            if (question && _typos.Correct(word) is { } correction
                && _stemLookup.TryGetValue(stem[..EnglishStemmer.Stem(correction, stem)], out id))
            {
                result.StemIds[i] = id;
                result.Corrected[i] = true;
            }
        }
    }

    private (Term Term, int Length) MatchPhrase(AnalysisBuilder result, int start, int count)
    {
        var state = 0;
        var bestLength = 1;
        var bestTerm = SingleTerm(result.StemIds[start]);
        for (var k = start; k < count && k - start < _maxPhraseWords; k++)
        {
            var stemId = result.StemIds[k];
            if (result.Tokens[k].Kind != LexKind.Word || stemId < 0 || !_trie.TryGetValue(Key(state, stemId), out state))
            {
                break;
            }

            var term = _trieTerms[state];
            if (k > start && term.Flags != TermFlags.None)
            {
                bestLength = k - start + 1;
                bestTerm = term;
            }
        }

        return (bestTerm, bestLength);
    }

    /// <summary>
    /// Follows the noun phrase that names what is counted: the one the text opens with, or in a
    /// question the one after the first "how many" / "number of". It takes the concepts that follow
    /// and ends at the first word without one. In a question "people" stands for any kind of person
    /// and "times" for any count, so neither names the thing.
    /// </summary>
    private void TrackHead(Term term, AnalysisBuilder result, bool factText)
    {
        if (!factText && !result.HeadAfterCount && (term.Flags & TermFlags.Count) != 0)
        {
            result.HeadAfterCount = true;
            result.HeadCount = 0;
            result.HeadIsPeople = false;
            result.HeadState = 1;
            return;
        }

        if (result.HeadState != 1)
        {
            return;
        }

        // A word without a concept or a light verb ("took", "join") ends the noun phrase.
        if (term.Concept < 0 || (term.Flags & TermFlags.Light) != 0)
        {
            if (result.HeadCount > 0 || result.HeadIsPeople)
            {
                result.HeadState = 2;
            }

            return;
        }

        if (!factText && term.Concept == _peopleConcept)
        {
            // "How many people ..." names no kind of person: the rest of the question does.
            if (!result.HeadIsPeople)
            {
                result.ScaleConcept(_peopleConcept, _weights.PeopleInHead);
            }

            result.HeadIsPeople = true;
        }
        else if (factText || term.Concept != _timeConcept)
        {
            result.AddHead(term.Concept);
            if (term.Implied >= 0)
            {
                result.AddHead(term.Implied);
            }
        }
    }

    /// <summary>An English plural: ends in "s" but not "ss" or "us" ("countries", "visits"; not "class", "campus").</summary>
    private static bool IsPlural(ReadOnlySpan<char> word) =>
        word.Length > 3 && word[^1] == 's' && word[^2] is not ('s' or 'u' or '\'');

    private static void EndHead(AnalysisBuilder result)
    {
        if (result.HeadState == 1 && (result.HeadCount > 0 || result.HeadIsPeople))
        {
            result.HeadState = 2;
        }
    }

    private void AnalyzeCjk(ReadOnlySpan<char> run, AnalysisBuilder result)
    {
        var uncovered = 0;
        var i = 0;
        while (i < run.Length)
        {
            var matched = 0;
            for (var length = Math.Min(_maxCjkLength, run.Length - i); length >= 1; length--)
            {
                if (_cjkLookup.TryGetValue(run.Slice(i, length), out var term))
                {
                    if ((term.Flags & TermFlags.Unknown) != 0)
                    {
                        result.UnknownCount++;
                    }

                    Apply(term, result, 1f);
                    TrackHead(term, result, factText: false);
                    matched = length;
                    break;
                }
            }

            if (matched == 0)
            {
                // Chinese has no plural to close what a question counts: a word outside the lexicon ends it
                // ("多少所高校用慕课教学" counts universities), except 的, which joins a modifier to its noun.
                if (run[i] != '的')
                {
                    EndHead(result);
                }

                uncovered++;
                i++;
                continue;
            }

            CountUncovered(ref uncovered, result);
            i += matched;
        }

        CountUncovered(ref uncovered, result);
    }

    /// <summary>A part of a Chinese date ("2022年", "11月", "2日"): the year is a time the question names, the month and day no figure.</summary>
    private static bool IsChineseDatePart(ReadOnlySpan<char> folded, LexToken token)
    {
        var next = token.Start + token.Length;
        if (token.Flags != NumberFlags.None || next >= folded.Length)
        {
            return false;
        }

        return token.IsYearLike ? folded[next] == '年' : token.Value is >= 1 and <= 31 && folded[next] is '月' or '日' or '号';
    }

    /// <summary>"#1", "1st", "number 1", "no. 1": a rank, not a count.</summary>
    private bool IsNumberOne(AnalysisBuilder result, int index)
    {
        var token = result.Tokens[index];
        if (token.Value != 1)
        {
            return false;
        }

        if ((token.Flags & NumberFlags.Ordinal) != 0)
        {
            return true;
        }

        return index > 0 && result.Tokens[index - 1].Kind == LexKind.Word
            && (result.StemIds[index - 1] == _numberStem || result.StemIds[index - 1] == _noStem);
    }

    private static void CountUncovered(ref int uncovered, AnalysisBuilder result)
    {
        // Single characters between known phrases are mostly particles (有, 的, 吗); longer runs are words we do not know.
        if (uncovered >= 2)
        {
            result.UnknownCount++;
            result.AddFlags(TermFlags.Unknown);
        }

        uncovered = 0;
    }

    private void Apply(Term term, AnalysisBuilder result, float multiplier)
    {
        if ((term.Flags & TermFlags.Light) != 0)
        {
            multiplier *= _weights.LightVerb;
        }

        if (term.Concept >= 0)
        {
            result.AddConcept(term.Concept, multiplier);
            if (term.Implied >= 0)
            {
                result.AddConcept(term.Implied, multiplier * _weights.ImpliedConcept);
            }
        }

        result.AddFlags(term.Flags & ~(TermFlags.Stop | TermFlags.Light));
    }

    private Term SingleTerm(int stemId) => _singleTerms[stemId];

    private void AddSynonyms(VocabularyLine line, bool light, bool attribution)
    {
        var concept = StemIdOf(line.Concept);
        var implied = line.Implied is { } broader ? StemIdOf(broader) : -1;
        if (attribution)
        {
            _attribution.Add(concept);
        }

        var term = new Term(concept, implied, light ? TermFlags.Content | TermFlags.Light : TermFlags.Content);
        foreach (var phrase in line.Phrases)
        {
            AddPhrase(phrase, term);
        }
    }

    private void AddPhrase(string phrase, Term term)
    {
        if (TextFolder.IsCjk(phrase[0]))
        {
            _cjk[phrase] = _cjk.TryGetValue(phrase, out var existing) ? Merge(existing, term) : term;
            _maxCjkLength = Math.Max(_maxCjkLength, phrase.Length);
            return;
        }

        if (phrase == "%")
        {
            return;
        }

        var ids = StemIdsOf(phrase);
        if (ids.Count == 1)
        {
            _singleTerms[ids[0]] = Merge(_singleTerms[ids[0]], term);
            return;
        }

        var state = 0;
        foreach (var id in ids)
        {
            var key = Key(state, id);
            if (!_trie.TryGetValue(key, out var next))
            {
                next = _trieTerms.Count;
                _trieTerms.Add(new Term(-1, -1, TermFlags.None));
                _trie[key] = next;
            }

            state = next;
        }

        _trieTerms[state] = Merge(_trieTerms[state], term);
        _maxPhraseWords = Math.Max(_maxPhraseWords, ids.Count);
    }

    /// <summary>A plain content word is its own concept; anything a table says about it refines that.</summary>
    private static Term Merge(Term existing, Term added)
    {
        var plainWord = existing.Flags == TermFlags.Content && existing.Implied < 0;
        if (plainWord && added.Concept >= 0)
        {
            return added;
        }

        if (plainWord && (added.Flags & TermFlags.Stop) != 0)
        {
            return added.Concept >= 0 ? added : new Term(-1, -1, added.Flags);
        }

        if (plainWord && added.Concept < 0)
        {
            return new Term(existing.Concept, -1, existing.Flags | added.Flags);
        }

        return existing.Merge(added);
    }

    private List<int> StemIdsOf(string phrase)
    {
        var buffer = new char[phrase.Length * TextFolder.MaxExpansion];
        var folded = buffer.AsSpan(0, TextFolder.Fold(phrase, buffer));
        var tokens = new LexToken[Math.Max(1, folded.Length)];
        var count = Lexer.Lex(folded, tokens);
        var ids = new List<int>(count);
        Span<char> stem = stackalloc char[EnglishStemmer.MaxWordLength];
        for (var i = 0; i < count; i++)
        {
            if (tokens[i].Kind == LexKind.Word)
            {
                var word = folded.Slice(tokens[i].Start, tokens[i].Length);
                AddSurface(word);
                ids.Add(GetOrAddStem(stem[..EnglishStemmer.Stem(word, stem)]));
            }
        }

        return ids;
    }

    private int StemIdOf(string word) => StemIdsOf(word)[0];

    private int GetOrAddStem(ReadOnlySpan<char> stem)
    {
        if (_stemLookup.TryGetValue(stem, out var id))
        {
            return id;
        }

        id = _stemTexts.Count;
        var text = stem.ToString();
        _stems[text] = id;
        _stemTexts.Add(text);
        _singleTerms.Add(new Term(id, -1, TermFlags.Content));
        return id;
    }

    private void AddSurface(ReadOnlySpan<char> word)
    {
        if (word.IndexOf('\'') >= 0 || _surfaceLookup.Contains(word))
        {
            return;
        }

        var text = word.ToString();
        _surfaceWords.Add(text);
        _typos.Add(text);
    }

    private static long Key(int state, int stemId) => ((long)state << 32) | (uint)stemId;
}
