using System.Collections.Frozen;

namespace NewsScrub.Languages;

/// <summary>
/// Guesses the language of a text from its language units alone. The script decides when one language is written in
/// it (Greek, Hebrew, Korean; Japanese by its kana, Chinese by ideographs without them). Among the languages of a
/// shared script (Latin, Cyrillic) a naive Bayes score decides: the log-probability of the text's character trigrams
/// under each language's profile, counted from its unit's sample prose and vocabulary (stopwords, calendar
/// names, native catalogue phrases), plus a bonus for each of the
/// language's stopwords. Text whose best language has too few of its stopwords is in no supported language, and gets
/// none. Deterministic, allocation-light, and measured against Lingua in <c>docs/languages.md</c>.
/// </summary>
internal static class LanguageDetector
{
    /// <summary>Only the start of a long text is read: a few thousand characters decide any language here.</summary>
    private const int MaxCharacters = 8192;

    /// <summary>A text needs this many letters to be judged at all.</summary>
    private const int MinimumLetters = 4;

    /// <summary>Log-probability added per stopword of a language: function words are the strongest cue there is.</summary>
    private const float StopwordBonus = 2.0f;

    /// <summary>Add-k smoothing of the trigram counts.</summary>
    private const float Smoothing = 0.5f;

    /// <summary>
    /// Prose in a supported language has at least this share of the stopword density its unit's own sample has;
    /// text in an unsupported language (Indonesian, Icelandic) matches a few short words by chance.
    /// </summary>
    private const double MinimumDensityRatio = 0.25;

    /// <summary>A line of this many words may be prose; shorter ones (menus, buttons) do not count for the density gate.</summary>
    private const int MinimumProseWords = 6;

    /// <summary>The density gate needs this many words to say anything.</summary>
    private const int MinimumWordsForGate = 15;

    private const int MaxWordLength = 40;

    /// <summary>Trigrams scored at most (of prose, and of short lines apart): some 500 words decide any language here.</summary>
    private const int MaxTrigrams = 3000;

    /// <summary>
    /// Past this many trigrams of prose, reading stops once the best language leads the next by
    /// <see cref="DecisiveLead"/>: a page in one language is decided long before the trigram budget is spent.
    /// </summary>
    private const int EarlyTrigrams = 1000;

    /// <summary>The lead in log-probability (nats) that ends reading early: the closest languages here part by about half a nat a trigram.</summary>
    private const float DecisiveLead = 60f;

    private static readonly Lazy<Model> LazyModel = new(Model.Build);

    private static readonly int ScriptCount = Enum.GetValues<Script>().Length;

    /// <summary>Returns an ISO 639-1 code, or <see langword="null"/> when no supported language fits.</summary>
    public static string? Detect(IEnumerable<string> texts)
    {
        var model = LazyModel.Value;
        var state = new State(model);
        foreach (var text in texts)
        {
            if (!state.Read(text))
            {
                break;
            }
        }

        return state.Decide();
    }

    /// <summary>Returns the language of one text, as <see cref="Detect(IEnumerable{string})"/> does.</summary>
    public static string? Detect(string text) => Detect([text]);

    /// <summary>The script of a letter, for detection's purposes.</summary>
    public static Script ScriptOf(char c) => c switch
    {
        < '\u0250' => char.IsLetter(c) ? Script.Latin : Script.None,
        >= '\u1E00' and <= '\u1EFF' => Script.Latin,
        >= '\u0370' and <= '\u03FF' or >= '\u1F00' and <= '\u1FFF' => Script.Greek,
        >= '\u0400' and <= '\u052F' => Script.Cyrillic,
        >= '\u0590' and <= '\u05FF' or >= '\uFB1D' and <= '\uFB4F' => Script.Hebrew,
        >= '\u0600' and <= '\u06FF' or >= '\u0750' and <= '\u077F' or >= '\uFB50' and <= '\uFDFF' or >= '\uFE70' and <= '\uFEFF' => Script.Arabic,
        >= '\u0900' and <= '\u097F' => Script.Devanagari,
        >= '\u3040' and <= '\u30FF' or >= '\u31F0' and <= '\u31FF' or >= '\uFF66' and <= '\uFF9F' => Script.Kana,
        >= '\u3400' and <= '\u4DBF' or >= '\u4E00' and <= '\u9FFF' or >= '\uF900' and <= '\uFAFF' => Script.Han,
        >= '\uAC00' and <= '\uD7AF' or >= '\u1100' and <= '\u11FF' or >= '\u3130' and <= '\u318F' => Script.Hangul,
        _ => Script.None,
    };

    /// <summary>The running counts of one detection.</summary>
    private sealed class State(Model model)
    {
        private readonly int[] scriptLetters = new int[ScriptCount];
        private readonly float[] proseScores = new float[model.Stride];
        private readonly float[] shortScores = new float[model.Stride];
        private readonly float[] textScores = new float[model.Stride];
        private readonly int[] stopwordHits = new int[model.Languages.Length];
        private readonly int[] textHits = new int[model.Languages.Length];
        private readonly char[] word = new char[MaxWordLength + 2];
        private int words;
        private int textWords;
        private int textTrigrams;
        private int proseTrigrams;
        private int shortTrigrams;
        private int read;

        /// <summary>Reads one text; false once enough has been read.</summary>
        public bool Read(string text)
        {
            var span = text.AsSpan(0, Math.Min(text.Length, MaxCharacters - read));
            textWords = 0;
            textTrigrams = 0;
            Array.Clear(textHits);
            Array.Clear(textScores);
            var i = 0;
            while (i < span.Length)
            {
                if (!char.IsLetter(span[i]))
                {
                    i++;
                    continue;
                }

                var start = i;
                while (i < span.Length && (char.IsLetter(span[i]) || (IsApostrophe(span[i]) && i + 1 < span.Length && char.IsLetter(span[i + 1]))))
                {
                    i++;
                }

                ReadWord(span[start..i]);
            }

            // Lines of prose decide, and only they count for the density gate: a menu of names has no function words
            // in any language. Short lines decide only a text that has no prose.
            if (textWords >= MinimumProseWords)
            {
                words += textWords;
                proseTrigrams += textTrigrams;
                for (var l = 0; l < textHits.Length; l++)
                {
                    stopwordHits[l] += textHits[l];
                    proseScores[l] += textScores[l];
                }
            }
            else if (textTrigrams > 0)
            {
                shortTrigrams += textTrigrams;
                for (var l = 0; l < textScores.Length; l++)
                {
                    shortScores[l] += textScores[l];
                }
            }

            read += span.Length;

            // Enough prose has been scored to decide: the rest of the page would only cost time.
            return read < MaxCharacters && proseTrigrams < MaxTrigrams && !(proseTrigrams >= EarlyTrigrams && IsDecided());
        }

        /// <summary>Whether the best language of the text's main script already leads the next by <see cref="DecisiveLead"/>.</summary>
        private bool IsDecided()
        {
            var candidates = model.ByScript[(int)MainScript()];
            var best = float.NegativeInfinity;
            var second = float.NegativeInfinity;
            var bestLanguage = 0;
            foreach (var l in candidates)
            {
                if (!model.Scored[l])
                {
                    continue;
                }

                var score = proseScores[l];
                if (score > best)
                {
                    second = best;
                    best = score;
                    bestLanguage = l;
                }
                else if (score > second)
                {
                    second = score;
                }
            }

            // The density gate must be passed with room to spare, so that reading on could not have turned it.
            return best - second >= DecisiveLead && words >= 2 * MinimumWordsForGate
                && stopwordHits[bestLanguage] >= 2 * MinimumDensityRatio * model.SampleDensity[bestLanguage] * words;
        }

        private Script MainScript()
        {
            var script = Script.None;
            for (var s = 1; s < scriptLetters.Length; s++)
            {
                if (scriptLetters[s] > scriptLetters[(int)script])
                {
                    script = (Script)s;
                }
            }

            return script;
        }

        private void ReadWord(ReadOnlySpan<char> letters)
        {
            var script = ScriptOf(letters[0]);
            scriptLetters[(int)script] += letters.Length;
            for (var k = 1; k < letters.Length; k++)
            {
                var other = ScriptOf(letters[k]);
                if (other != script)
                {
                    scriptLetters[(int)other]++;
                    scriptLetters[(int)script]--;
                }
            }

            if (script is not (Script.Latin or Script.Cyrillic or Script.Greek) || letters.Length > MaxWordLength)
            {
                return;
            }

            textWords++;
            var length = letters.Length;
            word[0] = ' ';
            for (var k = 0; k < length; k++)
            {
                var c = letters[k];
                word[k + 1] = c == '’' ? '\'' : Text.FastCase.ToLower(c);
            }

            word[length + 1] = ' ';
            if (model.StopwordLookup.TryGetValue(word.AsSpan(1, length), out var mask))
            {
                for (var l = 0; mask != 0; l++, mask >>= 1)
                {
                    if ((mask & 1) != 0)
                    {
                        textHits[l]++;
                        textScores[l] += StopwordBonus;
                    }
                }
            }

            // A few thousand trigrams of prose decide any language here; past that only the counts go on.
            if (proseTrigrams + textTrigrams >= MaxTrigrams || (textWords < MinimumProseWords && shortTrigrams + textTrigrams >= MaxTrigrams))
            {
                return;
            }

            for (var k = 0; k + 2 < length + 2; k++)
            {
                model.AddTrigram(Model.Key(word[k], word[k + 1], word[k + 2]), textScores);
            }

            textTrigrams += length;
        }

        public string? Decide()
        {
            var script = MainScript();

            // Japanese mixes kana with Chinese characters; Chinese has no kana.
            var kana = scriptLetters[(int)Script.Kana];
            var han = scriptLetters[(int)Script.Han];
            if (script is Script.Han or Script.Kana && kana + han > 0)
            {
                script = kana * 10 >= kana + han ? Script.Kana : Script.Han;
            }

            if (script == Script.None || scriptLetters[(int)script] + (script is Script.Han or Script.Kana ? kana + han : 0) < MinimumLetters)
            {
                return null;
            }

            var candidates = model.ByScript[(int)script];
            if (candidates.Length == 0)
            {
                return null;
            }

            if (candidates.Length == 1 && !model.Scored[candidates[0]])
            {
                return model.Languages[candidates[0]].Code;
            }

            var scores = proseTrigrams > 0 ? proseScores : shortScores;
            var best = -1;
            foreach (var l in candidates)
            {
                if (model.Scored[l] && (best < 0 || scores[l] > scores[best]))
                {
                    best = l;
                }
            }

            if (best < 0)
            {
                return null;
            }

            if (words >= MinimumWordsForGate && (double)stopwordHits[best] / words < MinimumDensityRatio * model.SampleDensity[best])
            {
                return null;
            }

            return model.Languages[best].Code;
        }

        private static bool IsApostrophe(char c) => c is '\'' or '’';
    }

    /// <summary>Trigram log-probabilities and stopword masks of every language, built once from the units.</summary>
    private sealed class Model
    {
        private readonly FrozenDictionary<string, ulong> stopwords = FrozenDictionary<string, ulong>.Empty;
        /// <summary>The trigrams in an open-addressed table, each key beside where its row starts (key 0 marks a free slot: no trigram is three NULs).</summary>
        private TrigramRow[] table = [default];

        private int shift = 63;

        /// <summary>A row per trigram: its log-probability under every language.</summary>
        private float[] logProbabilities = [];

        private float[] unseen = [];

        /// <summary>The length of a row: the languages, padded to whole vectors so that adding a row has no scalar tail.</summary>
        public int Stride { get; private init; }

        public LanguageUnit[] Languages { get; private init; } = [];

        /// <summary>For each script, the indexes of the languages written in it.</summary>
        public int[][] ByScript { get; private init; } = [];

        /// <summary>Whether a language has a trigram profile (a sample or stopwords) to be scored by.</summary>
        public bool[] Scored { get; private init; } = [];

        /// <summary>Stopwords per word over the language's own sample.</summary>
        public double[] SampleDensity { get; private init; } = [];

        /// <summary>Each stopword's languages, as a bit mask over <see cref="Languages"/>.</summary>
        public FrozenDictionary<string, ulong> Stopwords
        {
            get => stopwords;
            private init
            {
                stopwords = value;
                StopwordLookup = value.GetAlternateLookup<ReadOnlySpan<char>>();
            }
        }

        public FrozenDictionary<string, ulong>.AlternateLookup<ReadOnlySpan<char>> StopwordLookup { get; private set; }

        public static ulong Key(char a, char b, char c) => ((ulong)a << 32) | ((ulong)b << 16) | c;

        /// <summary>Adds the trigram's log-probability under every language to <paramref name="scores"/>.</summary>
        public void AddTrigram(ulong key, float[] scores)
        {
            var values = unseen.AsSpan();
            var slot = Slot(key, shift);
            while (table[slot].Key != 0)
            {
                if (table[slot].Key == key)
                {
                    values = logProbabilities.AsSpan(table[slot].Start, Stride);
                    break;
                }

                slot = (slot + 1) & (table.Length - 1);
            }

            var target = scores.AsSpan(0, Stride);
            var width = System.Numerics.Vector<float>.Count;
            for (var l = 0; l < target.Length; l += width)
            {
                (new System.Numerics.Vector<float>(target[l..]) + new System.Numerics.Vector<float>(values[l..])).CopyTo(target[l..]);
            }
        }

        private readonly record struct TrigramRow(ulong Key, int Start);

        /// <summary>Fibonacci hashing: the top bits of the key times the golden ratio spread the packed characters over the table.</summary>
        private static int Slot(ulong key, int shift) => (int)((key * 0x9E3779B97F4A7C15UL) >> shift);

        public static Model Build()
        {
            var units = LanguageCatalog.All.ToArray();
            if (units.Length > 64)
            {
                throw new InvalidOperationException("Stopword masks hold 64 languages; widen them.");
            }

            var counts = new Dictionary<ulong, int[]>();
            var totals = new int[units.Length];
            var stopwords = new Dictionary<string, ulong>(StringComparer.Ordinal);
            var density = new double[units.Length];
            var scored = new bool[units.Length];
            for (var l = 0; l < units.Length; l++)
            {
                var unit = units[l];
                foreach (var stopword in unit.Stopwords)
                {
                    stopwords[stopword] = stopwords.GetValueOrDefault(stopword) | (1UL << l);
                }

                var native = unit.Phrases.Where(phrase => phrase.Language == unit.Code).Select(static phrase => phrase.Text);
                var text = string.Join(' ', [unit.Sample, .. unit.Stopwords.Order(StringComparer.Ordinal), .. unit.Months.SelectMany(static forms => forms), .. unit.Weekdays.SelectMany(static forms => forms), .. native]);
                foreach (var trigram in Trigrams(text))
                {
                    if (!counts.TryGetValue(trigram, out var perLanguage))
                    {
                        counts[trigram] = perLanguage = new int[units.Length];
                    }

                    perLanguage[l]++;
                    totals[l]++;
                }

                scored[l] = totals[l] > 0;
                var sample = (Words: 0, Hits: 0, Lookup: unit.Stopwords.GetAlternateLookup<ReadOnlySpan<char>>());
                WordScanner.ForEachWord(unit.Sample, ref sample, static (word, ref s) =>
                {
                    s.Words++;
                    if (s.Lookup.Contains(word))
                    {
                        s.Hits++;
                    }
                });
                density[l] = sample.Words == 0 ? 0 : (double)sample.Hits / sample.Words;
            }

            var vocabulary = counts.Count + 1;
            var unseen = new float[units.Length];
            for (var l = 0; l < units.Length; l++)
            {
                unseen[l] = MathF.Log(Smoothing / (totals[l] + (Smoothing * vocabulary)));
            }

            // A table at most half full keeps probes short.
            var bits = 1;
            while ((1 << bits) < counts.Count * 2)
            {
                bits++;
            }

            var width = System.Numerics.Vector<float>.Count;
            var stride = (units.Length + width - 1) / width * width;
            Array.Resize(ref unseen, stride);
            var table = new TrigramRow[1 << bits];
            var logProbabilities = new float[counts.Count * stride];
            var row = 0;
            foreach (var (trigram, perLanguage) in counts.OrderBy(static pair => pair.Key))
            {
                var slot = Slot(trigram, 64 - bits);
                while (table[slot].Key != 0)
                {
                    slot = (slot + 1) & (table.Length - 1);
                }

                table[slot] = new TrigramRow(trigram, row * stride);
                for (var l = 0; l < units.Length; l++)
                {
                    logProbabilities[(row * stride) + l] = MathF.Log((perLanguage[l] + Smoothing) / (totals[l] + (Smoothing * vocabulary)));
                }

                row++;
            }

            var scripts = Enum.GetValues<Script>();
            return new Model
            {
                Stride = stride,
                table = table,
                shift = 64 - bits,
                logProbabilities = logProbabilities,
                unseen = unseen,
                Languages = units,
                ByScript = scripts.Select(script => Enumerable.Range(0, units.Length).Where(l => units[l].Scripts.Contains(script)).ToArray()).ToArray(),
                Scored = scored,
                SampleDensity = density,
                Stopwords = stopwords.ToFrozenDictionary(StringComparer.Ordinal),
            };
        }

        /// <summary>The trigrams of each word padded with a space on both sides, lower-case.</summary>
        private static IEnumerable<ulong> Trigrams(string text)
        {
            var words = new List<string>();
            WordScanner.ForEachWord(text, ref words, static (word, ref list) =>
            {
                if (!word.IsEmpty)
                {
                    list.Add(word.ToString());
                }
            });
            foreach (var word in words)
            {
                if (word.Any(char.IsDigit))
                {
                    continue;
                }

                var padded = " " + word + " ";
                for (var k = 0; k + 2 < padded.Length; k++)
                {
                    yield return Key(padded[k], padded[k + 1], padded[k + 2]);
                }
            }
        }
    }
}
