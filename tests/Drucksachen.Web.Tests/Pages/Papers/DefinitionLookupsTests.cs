using Drucksachen.Core.Demo;
using Drucksachen.Core.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Drucksachen.Web.Tests.Pages.Papers;

/// <summary>
/// Every page shows state labels (list, history) or asks which states the user acts in (menu, task
/// list): none of that is a database round trip for the workflow definitions per request.
/// </summary>
public sealed class DefinitionLookupsTests : IDisposable
{
    private readonly CountingDefinitionsFactory _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task ListTaskAndHistoryPages_DoNotAskTheDefinitionStore_AtEveryRequest()
    {
        var clerk = await _app.LoginAsync("krause");
        var demo = (await _app.Services.GetRequiredService<IPaperReads>().FindAsync(DemoData.Number, CancellationToken.None))!.Id;
        var before = _app.Store.Calls;

        for (var i = 0; i < 5; i++)
        {
            Assert.Contains("1803/22", await clerk.GetStringAsync("/Drucksachen"));
            await clerk.GetStringAsync("/Aufgaben");
            await clerk.GetStringAsync($"/Drucksachen/{demo}/Verlauf");
        }

        Assert.Equal(before, _app.Store.Calls);
    }
}
