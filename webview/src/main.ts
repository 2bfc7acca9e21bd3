// Entry of the preview webview bundle (dist/webview.js + dist/webview.css).
import 'uplot/dist/uPlot.min.css';
import './styles.css';
import { PreviewApp, type VsCodeApi } from './app';

declare function acquireVsCodeApi(): VsCodeApi;

const root = document.getElementById('app');
if (root) {
  const app = new PreviewApp(root, acquireVsCodeApi(), document.documentElement.lang || 'en');
  (window as unknown as { kpcPreview: PreviewApp }).kpcPreview = app;
}
