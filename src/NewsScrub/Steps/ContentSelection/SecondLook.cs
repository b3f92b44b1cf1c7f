using System.Globalization;

namespace NewsScrub.Steps;

/// <summary>
/// The segments the second stage scores again: those whose first-stage log-odds lie within <see cref="Margin"/> of
/// <see cref="Pivot"/>. The others keep the first stage's score; far from the threshold, a second look would not change
/// the decision, and skipping it saves most of the second stage's cost. Fitted with the model; training the second stage
/// uses the same selection, so it learns what it is asked.
/// </summary>
internal readonly record struct SecondLook(double Pivot, double Margin)
{
    /// <summary>Every candidate is looked at again.</summary>
    public static SecondLook Everything { get; } = new(0, double.PositiveInfinity);

    public bool Includes(double firstStage) => !double.IsNaN(firstStage) && Math.Abs(firstStage - Pivot) <= Margin;

    /// <summary>The segments of <paramref name="segments"/> whose first-stage score is uncertain.</summary>
    public int[] Select(ReadOnlySpan<int> segments, double[] firstStage)
    {
        var selected = new List<int>(segments.Length);
        foreach (var segment in segments)
        {
            if (Includes(firstStage[segment]))
            {
                selected.Add(segment);
            }
        }

        return selected.ToArray();
    }

    public static SecondLook Parse(string text)
    {
        var parts = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 2)
        {
            throw new FormatException("The content model's second-look line needs a pivot and a margin.");
        }

        return new SecondLook(double.Parse(parts[0], CultureInfo.InvariantCulture), double.Parse(parts[1], CultureInfo.InvariantCulture));
    }
}
