using Drucksachen.Web;

var builder = WebApplication.CreateBuilder(args);
builder.AddDrucksachenWeb();

var app = builder.Build();
await app.InitializeDrucksachenWebAsync();
app.UseDrucksachenWeb();
app.Run();

/// <summary>Entry point, visible to the tests' WebApplicationFactory.</summary>
public partial class Program;
