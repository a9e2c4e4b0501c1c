-- Drives `copydesk lsp --stdio` from headless Neovim (0.7+: vim.lsp.start_client, no vim.lsp.start).
-- Usage: nvim --headless --clean -c "luafile test/editors/neovim.lua" ARTICLE
-- Env: COPYDESK_CLI (path to dist/cli.js). Prints one JSON line: { diagnostics = [...], hover = "..." }.
local cli = os.getenv('COPYDESK_CLI')
local buf = vim.api.nvim_get_current_buf()
local function finish(result, code)
  io.stdout:write(vim.fn.json_encode(result) .. '\n')
  vim.cmd(code == 0 and 'qa!' or 'cq!')
end

local client_id = vim.lsp.start_client({
  name = 'copydesk',
  cmd = { 'node', cli, 'lsp', '--stdio' },
  root_dir = vim.fn.getcwd(),
  -- COPYDESK_SETTINGS (JSON, the `copydesk` section): pushed on init, as the README tells 0.7 users to.
  settings = os.getenv('COPYDESK_SETTINGS') and { copydesk = vim.fn.json_decode(os.getenv('COPYDESK_SETTINGS')) } or nil,
  on_init = function(client)
    if client.config.settings then client.notify('workspace/didChangeConfiguration', { settings = client.config.settings }) end
  end,
})
if not client_id then return finish({ error = 'start_client failed' }, 1) end
vim.lsp.buf_attach_client(buf, client_id)

-- Neovim 0.7 has no pull diagnostics: the server pushes them.
local ok = vim.wait(15000, function() return #vim.diagnostic.get(buf) > 0 end, 50)
if not ok then return finish({ error = 'no diagnostics within 15 s' }, 1) end
local diagnostics = {}
local target
for _, d in ipairs(vim.diagnostic.get(buf)) do
  local code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code)
  table.insert(diagnostics, { code = code, lnum = d.lnum, col = d.col, severity = d.severity, source = d.source })
  if code == (os.getenv('COPYDESK_HOVER_CODE') or 'attribution.loaded-verb') and not target then target = d end
end

-- Hover on the finding: the server explains it.
local hover = vim.NIL
if target then
  -- LSP positions count UTF-16 code units; Neovim's column counts bytes (“ is 3 bytes, 1 unit).
  local line = vim.api.nvim_buf_get_lines(buf, target.lnum, target.lnum + 1, false)[1] or ''
  local _, utf16 = vim.str_utfindex(line, target.col)
  local position = { line = target.lnum, character = utf16 }
  local params = { textDocument = { uri = vim.uri_from_bufnr(buf) }, position = position }
  local responses = vim.lsp.buf_request_sync(buf, 'textDocument/hover', params, 10000) or {}
  for _, response in pairs(responses) do
    if response.result and response.result.contents then
      local contents = response.result.contents
      hover = type(contents) == 'table' and (contents.value or vim.fn.json_encode(contents)) or contents
    end
  end
end
finish({ diagnostics = diagnostics, hover = hover }, 0)
