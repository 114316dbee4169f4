using Drucksachen.Core.Errors;

namespace Drucksachen.Core.Papers;

public static class PaperErrors
{
    public static DrucksachenException NotFound(string reference) =>
        new(ErrorKind.NotFound, $"no paper '{reference}' (give its number, like 1803/22, or its id)");
}
