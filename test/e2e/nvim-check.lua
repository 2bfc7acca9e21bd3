-- Headless Neovim (0.7+, Debian bookworm ships 0.7.2: vim.lsp.start_client, no vim.lsp.start) as a
-- second, editor-independent LSP client: attaches `node dist/server.js --stdio` to a producer.config
-- buffer and prints the diagnostics it publishes, one per line, then a hover. Env: KPC_SERVER, KPC_FILE.
local function out(s) io.stdout:write(s, '\n') end
local server = os.getenv('KPC_SERVER')
local file = os.getenv('KPC_FILE')
vim.cmd('edit ' .. vim.fn.fnameescape(file))
local buf = vim.api.nvim_get_current_buf()
vim.bo[buf].filetype = 'kafka-producer-config'
local id = vim.lsp.start_client({
  name = 'kafka-producer-config', cmd = { 'node', server, '--stdio' },
  root_dir = vim.fn.fnamemodify(file, ':h'),
})
vim.lsp.buf_attach_client(buf, id)
local ok = vim.wait(20000, function() return #vim.diagnostic.get(buf) >= 3 end, 50)
for _, d in ipairs(vim.diagnostic.get(buf)) do
  out(string.format('DIAG line=%d col=%d sev=%d %s', d.lnum + 1, d.col + 1, d.severity, (d.message:gsub('\n', ' '))))
end
local client = vim.lsp.get_client_by_id(id)
local res = client and client.request_sync('textDocument/hover', {
  textDocument = { uri = vim.uri_from_bufnr(buf) }, position = { line = 2, character = 2 } }, 10000, buf)
if res and res.result and res.result.contents then
  local c = res.result.contents
  out('HOVER ' .. ((c.value or (type(c) == 'string' and c) or vim.inspect(c)):gsub('\n', ' '):sub(1, 200)))
end
out(ok and 'NVIM_LSP_DIAGNOSTICS_OK' or 'NVIM_LSP_DIAGNOSTICS_TIMEOUT')
vim.lsp.stop_client(id)
vim.cmd(ok and 'qa!' or 'cq')
