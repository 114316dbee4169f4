using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Drucksachen.Testing;

namespace Drucksachen.Web.Tests.Nodes;

/// <summary>
/// A node of the web application in a process of its own (the program beside the tests), on a
/// database another node shares, listening on a free local port; <see cref="Kill"/> ends it as a
/// power cut or the kernel's OOM killer would, without a chance to finish anything.
/// </summary>
public sealed class NodeProcess : IDisposable
{
    private readonly Process _process;
    private readonly List<string> _output = [];

    private NodeProcess(Process process, Uri address)
    {
        _process = process;
        Address = address;
        _process.OutputDataReceived += (_, line) => Keep(line.Data);
        _process.ErrorDataReceived += (_, line) => Keep(line.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public Uri Address { get; }

    /// <summary>Starts the node and waits until it answers ready.</summary>
    public static async Task<NodeProcess> StartAsync(TestDatabase database)
    {
        var address = new Uri($"http://127.0.0.1:{FreePort()}");
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "Drucksachen.Web.dll")])
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["ASPNETCORE_URLS"] = address.ToString();
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Database__Provider"] = database.Provider;
        start.Environment["ConnectionStrings__Drucksachen"] = database.ConnectionString;
        start.Environment["Web__Demo"] = "false";
        start.Environment["Web__Timers__Enabled"] = "false";
        start.Environment["Web__PublicBaseUrl"] = address.ToString();
        var node = new NodeProcess(Process.Start(start)!, address);
        try
        {
            await node.WaitUntilReadyAsync();
            return node;
        }
        catch
        {
            node.Dispose();
            throw;
        }
    }

    public HttpClient CreateClient() => new() { BaseAddress = Address };

    /// <summary>SIGKILL: the process ends at once, whatever it was doing.</summary>
    public void Kill()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    public void Dispose()
    {
        if (!_process.HasExited) Kill();
        _process.Dispose();
    }

    private async Task WaitUntilReadyAsync()
    {
        using var client = CreateClient();
        var waited = Stopwatch.StartNew();
        while (waited.Elapsed < TimeSpan.FromSeconds(60))
        {
            if (_process.HasExited) break;
            try
            {
                if ((await client.GetAsync("/health/ready")).StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            await Task.Delay(100);
        }
        throw new InvalidOperationException($"the node at {Address} did not become ready; its output:\n{Output()}");
    }

    private void Keep(string? line)
    {
        if (line is null) return;
        lock (_output) _output.Add(line);
    }

    private string Output()
    {
        lock (_output) return string.Join("\n", _output.TakeLast(40));
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
