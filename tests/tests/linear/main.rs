//! The doubling tests, in a binary of their own: they count every allocation of the process
//! (`counting` is its global allocator), so no other test may run beside them.

mod counting;

mod linear_cost;
mod linear_shapes;
