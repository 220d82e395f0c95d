//! What the workspace keeps between leaflets and between reloads: shaping
//! results, QR symbols and font subsets. They belong to the workspace, not
//! to the process, so two workspaces (two projects in one studio, a test
//! beside another) never see each other's entries, and a reloaded font
//! never meets results of its old version.

use crate::export::pdf::SubsetCache;
use crate::layout::qr::QrCache;
use crate::layout::shape::ShapeCache;

/// Every cache of a workspace.
#[derive(Default)]
pub struct Caches {
    pub shapes: ShapeCache,
    pub qr: QrCache,
    pub subsets: SubsetCache,
}
